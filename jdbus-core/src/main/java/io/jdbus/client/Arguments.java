package io.jdbus.client;

import io.jdbus.guidance.Converters;
import io.jdbus.guidance.GuidedArguments;
import io.jdbus.guidance.VariantGuidance;
import io.jdbus.types.InvalidValueException;
import io.jdbus.types.Signature;
import java.util.List;

/**
 * The one step every value a proxy sends goes through (method arguments, property values): checked against
 * the introspected signature, variant positions resolved by guidance or inference, custom converters
 * applied, and converted to their encoded forms before anything is sent.
 */
final class Arguments {
    private Arguments() {
    }

    /**
     * {@code args} in the decoded forms of {@code signature}, or an {@link IllegalArgumentException} that
     * names the member, the argument, its signature and the value.
     */
    static List<Object> prepare(String what, Signature signature, List<?> args, VariantGuidance guidance,
            Converters converters) {
        try {
            return GuidedArguments.prepare(signature, args, guidance, converters);
        } catch (InvalidValueException e) {
            throw e.within(what);
        }
    }
}
