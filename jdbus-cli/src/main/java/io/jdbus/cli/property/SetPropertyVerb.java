package io.jdbus.cli.property;

import io.jdbus.cli.Buses;
import io.jdbus.cli.ExitCode;
import io.jdbus.cli.Invocation;
import io.jdbus.cli.UsageException;
import io.jdbus.cli.Verb;
import io.jdbus.cli.args.ArgumentException;
import io.jdbus.cli.args.BusctlArguments;
import io.jdbus.cli.introspect.IntrospectVerb;
import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import io.jdbus.types.Signature;
import io.jdbus.types.Variant;
import java.io.IOException;
import java.util.List;

/**
 * {@code jdbus set-property SERVICE OBJECT INTERFACE PROPERTY SIGNATURE ARGUMENT...}: writes one property,
 * the value given in busctl's argument syntax ({@code y 7}, {@code as 2 a b}). A value that does not parse
 * prints busctl's {@code Failed to parse ...} line; a refusal by the service prints
 * {@code Failed to set property P on interface I: <why>}; both exit with 1.
 * {@snippet lang=sh :
 * jdbus --session set-property com.example.name /com/example/sample_object0 com.example.SampleInterface0 Bar y 7
 * }
 */
public final class SetPropertyVerb implements Verb {
    @Override
    public String name() {
        return "set-property";
    }

    @Override
    public String operands() {
        return "SERVICE OBJECT INTERFACE PROPERTY SIGNATURE ARGUMENT...";
    }

    @Override
    public String summary() {
        return "Set the value of a property";
    }

    @Override
    public int run(Invocation inv) throws UsageException {
        List<String> ops = inv.operands();
        if (ops.size() < 6) {
            throw new UsageException("set-property needs SERVICE OBJECT INTERFACE PROPERTY SIGNATURE ARGUMENT...");
        }
        String invalid = PropertyOperands.problem(ops.get(0), ops.get(1), ops.get(2));
        if (invalid != null) {
            inv.err().println(invalid);
            return ExitCode.FAILURE;
        }
        Variant value;
        try {
            List<Object> parsed = BusctlArguments.parse(ops.get(4), ops.subList(5, ops.size()));
            Signature signature = Signature.of(ops.get(4));
            if (!signature.isSingle()) {
                inv.err().println("Failed to parse signature '" + ops.get(4) + "': a property has exactly one type");
                return ExitCode.FAILURE;
            }
            value = Variant.of(signature.single(), parsed.getFirst());
        } catch (ArgumentException e) {
            inv.err().println(e.getMessage());
            return ExitCode.FAILURE;
        }
        MessageBus bus = Buses.openOrReport(inv);
        if (bus == null) {
            return ExitCode.FAILURE;
        }
        try (bus) {
            bus.call(Message.methodCall(ops.get(0), ops.get(1), "org.freedesktop.DBus.Properties", "Set")
                    .body("ssv", ops.get(2), ops.get(3), value).build(), Buses.callTimeout(inv.settings()));
            return ExitCode.OK;
        } catch (IOException | RuntimeException e) {
            inv.err().println("Failed to set property " + ops.get(3) + " on interface " + ops.get(2) + ": "
                    + IntrospectVerb.reason(e));
            return ExitCode.FAILURE;
        }
    }
}
