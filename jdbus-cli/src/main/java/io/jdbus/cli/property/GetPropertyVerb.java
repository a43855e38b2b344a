package io.jdbus.cli.property;

import io.jdbus.cli.Buses;
import io.jdbus.cli.ExitCode;
import io.jdbus.cli.Invocation;
import io.jdbus.cli.UsageException;
import io.jdbus.cli.Verb;
import io.jdbus.cli.format.CmdlineText;
import io.jdbus.cli.format.JsonWriter;
import io.jdbus.cli.format.ValueJson;
import io.jdbus.cli.format.ValueText;
import io.jdbus.cli.introspect.IntrospectVerb;
import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import io.jdbus.types.Variant;
import java.io.IOException;
import java.util.List;

/**
 * {@code jdbus get-property SERVICE OBJECT INTERFACE PROPERTY...}: each property's value on a line of its own,
 * as busctl prints it ({@code y 0}; {@code --verbose}: {@code BYTE 0;}; {@code --json=}:
 * {@code {"type":"y","data":0}}). A property that cannot be read prints
 * {@code Failed to get property P on interface I: <why>} on standard error and exits with 1.
 * {@snippet lang=sh :
 * jdbus --session get-property org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus Features
 * # as 2 "ActivatableServicesChanged" "HeaderFiltering"
 * }
 */
public final class GetPropertyVerb implements Verb {
    @Override
    public String name() {
        return "get-property";
    }

    @Override
    public String operands() {
        return "SERVICE OBJECT INTERFACE PROPERTY...";
    }

    @Override
    public String summary() {
        return "Get the values of properties";
    }

    @Override
    public int run(Invocation inv) throws UsageException {
        List<String> ops = inv.operands();
        if (ops.size() < 4) {
            throw new UsageException("get-property needs SERVICE OBJECT INTERFACE PROPERTY...");
        }
        String invalid = PropertyOperands.problem(ops.get(0), ops.get(1), ops.get(2));
        if (invalid != null) {
            inv.err().println(invalid);
            return ExitCode.FAILURE;
        }
        MessageBus bus = Buses.openOrReport(inv);
        if (bus == null) {
            return ExitCode.FAILURE;
        }
        try (bus) {
            for (String property : ops.subList(3, ops.size())) {
                Variant value;
                try {
                    Message reply = bus.call(Message.methodCall(ops.get(0), ops.get(1), "org.freedesktop.DBus.Properties",
                            "Get").body("ss", ops.get(2), property).build(), Buses.callTimeout(inv.settings()));
                    value = (Variant) reply.body().getFirst();
                } catch (IOException | RuntimeException e) {
                    inv.err().println("Failed to get property " + property + " on interface " + ops.get(2) + ": "
                            + IntrospectVerb.reason(e));
                    return ExitCode.FAILURE;
                }
                print(inv, value);
            }
            return ExitCode.OK;
        }
    }

    private static void print(Invocation inv, Variant value) {
        switch (inv.output()) {
            case TEXT -> {
                if (inv.settings().verbose()) {
                    StringBuilder sb = new StringBuilder();
                    ValueText.value(sb, value.type(), value.value(), "");
                    inv.out().print(sb);
                } else {
                    inv.out().println(CmdlineText.format(value.signature(), List.of(value.value())));
                }
            }
            case JSON_SHORT, JSON_PRETTY -> {
                JsonWriter w = new JsonWriter(inv.output().jsonStyle());
                w.beginObject().name("type").string(value.signature().toString()).name("data");
                ValueJson.value(w, value.type(), value.value());
                w.endObject();
                inv.out().println(w);
            }
        }
    }
}
