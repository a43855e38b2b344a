package io.jdbus.client;

import io.jdbus.types.InvalidValueException;
import io.jdbus.types.Signature;
import io.jdbus.types.Values;
import java.util.List;

/**
 * The one step every value a proxy sends goes through (method arguments, property values): checked against
 * the introspected signature and converted to their encoded forms before anything is sent.
 */
final class Arguments {
    private Arguments() {
    }

    /**
     * {@code args} in the decoded forms of {@code signature}, or an {@link IllegalArgumentException} that
     * names the member, the argument, its signature and the value.
     */
    static List<Object> prepare(String what, Signature signature, List<?> args) {
        try {
            return Values.coerceArguments(signature, args);
        } catch (InvalidValueException e) {
            throw e.within(what);
        }
    }
}
