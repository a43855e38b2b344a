package io.jdbus.cli.call;

import io.jdbus.cli.args.ArgumentException;
import io.jdbus.cli.args.BusctlArguments;
import io.jdbus.message.MessageBuilder;
import io.jdbus.types.Signature;
import java.util.List;

/** The body of {@code call} and {@code emit}: {@code [SIGNATURE [ARGS...]]} in busctl's syntax. */
final class Bodies {
    private Bodies() {
    }

    /** Sets the body {@code signatureAndArgs} describes; nothing when it is empty or the signature is {@code ""}. */
    static void append(MessageBuilder builder, List<String> signatureAndArgs) throws ArgumentException {
        if (signatureAndArgs.isEmpty()) {
            return;
        }
        String signature = signatureAndArgs.getFirst();
        List<Object> values = BusctlArguments.parse(signature, signatureAndArgs.subList(1, signatureAndArgs.size()));
        if (!values.isEmpty()) {
            builder.body(Signature.of(signature), values);
        }
    }
}
