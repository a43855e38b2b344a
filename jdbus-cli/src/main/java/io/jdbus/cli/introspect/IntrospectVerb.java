package io.jdbus.cli.introspect;

import io.jdbus.cli.Buses;
import io.jdbus.cli.ExitCode;
import io.jdbus.cli.Invocation;
import io.jdbus.cli.UsageException;
import io.jdbus.cli.Verb;
import io.jdbus.cli.format.CmdlineText;
import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.introspect.Interface;
import io.jdbus.introspect.IntrospectionParser;
import io.jdbus.introspect.InvalidIntrospectionException;
import io.jdbus.introspect.Node;
import io.jdbus.message.Message;
import io.jdbus.types.Variant;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jdbus introspect SERVICE OBJECT [INTERFACE]}: busctl's table of an object's interfaces, methods,
 * properties (with their current values, from {@code GetAll}) and signals; with {@code --xml-interface},
 * the introspection XML as the object sent it. An object that cannot be introspected prints
 * {@code Failed to introspect object OBJECT of service SERVICE: <why>} on standard error and exits with 1.
 * {@snippet lang=sh :
 * jdbus --session introspect org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.Peer
 * # NAME          TYPE   SIGNATURE RESULT/VALUE FLAGS
 * # .GetMachineId method -         s            -
 * # .Ping         method -         -            -
 * }
 */
public final class IntrospectVerb implements Verb {
    @Override
    public String name() {
        return "introspect";
    }

    @Override
    public String operands() {
        return "SERVICE OBJECT [INTERFACE]";
    }

    @Override
    public String summary() {
        return "Introspect an object";
    }

    @Override
    public int run(Invocation inv) throws UsageException {
        List<String> ops = inv.operands();
        if (ops.size() < 2 || ops.size() > 3) {
            throw new UsageException("introspect needs SERVICE OBJECT [INTERFACE]");
        }
        String service = ops.get(0);
        String path = ops.get(1);
        String only = ops.size() == 3 ? ops.get(2) : null;
        MessageBus bus = Buses.openOrReport(inv);
        if (bus == null) {
            return ExitCode.FAILURE;
        }
        try (bus) {
            String xml;
            try {
                xml = fetch(bus, service, path);
            } catch (IOException | RuntimeException e) {
                inv.err().println("Failed to introspect object " + path + " of service " + service + ": " + reason(e));
                return ExitCode.FAILURE;
            }
            if (inv.settings().xmlInterface()) {
                inv.out().println(xml);
                return ExitCode.OK;
            }
            Node node;
            try {
                node = IntrospectionParser.parse(xml);
            } catch (InvalidIntrospectionException e) {
                inv.err().println("Failed to parse introspection data of object " + path + ": " + e.getMessage());
                return ExitCode.FAILURE;
            }
            Map<String, Map<String, String>> values = new HashMap<>();
            for (Interface i : node.interfaces()) {
                if (!i.properties().isEmpty() && (only == null || only.equals(i.name().value()))) {
                    values.put(i.name().value(), propertyValues(bus, service, path, i.name().value()));
                }
            }
            for (String line : MemberTable.lines(node, values, only)) {
                inv.out().println(line);
            }
            return ExitCode.OK;
        }
    }

    /** The raw introspection XML of {@code path} on {@code service}. */
    public static String fetch(MessageBus bus, String service, String path) throws IOException {
        Message reply = bus.call(Message.methodCall(service, path, "org.freedesktop.DBus.Introspectable", "Introspect")
                .build());
        if (!reply.signature().toString().equals("s")) {
            throw new IOException("Introspect answered \"" + reply.signature() + "\", not a string");
        }
        return (String) reply.body().getFirst();
    }

    /**
     * A failure's text as busctl shows it: a D-Bus error's message; for a name or path that is not valid,
     * {@code Invalid argument} (busctl's {@code strerror(EINVAL)}); else the exception's message.
     */
    public static String reason(Exception e) {
        if (e instanceof DBusErrorException d) {
            return d.getMessage() == null || d.getMessage().isEmpty() ? d.name() : d.getMessage();
        }
        if (e instanceof IllegalArgumentException) {
            return "Invalid argument";
        }
        return e.getMessage();
    }

    /** Each readable property's value in busctl's form; none when GetAll fails (busctl shows "-" then). */
    private static Map<String, String> propertyValues(MessageBus bus, String service, String path, String iface) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            Message reply = bus.call(Message.methodCall(service, path, "org.freedesktop.DBus.Properties", "GetAll")
                    .body("s", iface).build());
            if (reply.signature().toString().equals("a{sv}")) {
                ((Map<?, ?>) reply.body().getFirst()).forEach((k, v) -> {
                    Variant variant = (Variant) v;
                    out.put((String) k, CmdlineText.values(variant.signature(), List.of(variant.value())));
                });
            }
        } catch (IOException | RuntimeException e) {
            // values stay unknown
        }
        return out;
    }
}
