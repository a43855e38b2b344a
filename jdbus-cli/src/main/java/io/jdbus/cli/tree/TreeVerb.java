package io.jdbus.cli.tree;

import io.jdbus.cli.Buses;
import io.jdbus.cli.ExitCode;
import io.jdbus.cli.Invocation;
import io.jdbus.cli.UsageException;
import io.jdbus.cli.Verb;
import io.jdbus.cli.introspect.IntrospectVerb;
import io.jdbus.connection.MessageBus;
import io.jdbus.introspect.IntrospectionParser;
import io.jdbus.introspect.Node;
import io.jdbus.message.Message;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * {@code jdbus tree [SERVICE...]}: the object paths of each service, found by introspecting from {@code /}
 * down the child nodes each object lists, drawn as busctl draws them ({@code --list}: one path per line).
 * Without SERVICE, every service with a well-known name, each under a {@code Service NAME:} line. Like busctl,
 * an object that cannot be introspected is reported on standard output, and a service without objects
 * prints {@code No objects discovered.} and makes the exit status 1.
 * {@snippet lang=sh :
 * jdbus --session tree org.freedesktop.DBus
 * # └─/org/freedesktop/DBus
 * }
 */
public final class TreeVerb implements Verb {
    /** At most this many objects are introspected per service, so that a service that lists endless children stops. */
    static final int MAX_OBJECTS = 100_000;

    @Override
    public String name() {
        return "tree";
    }

    @Override
    public String operands() {
        return "[SERVICE...]";
    }

    @Override
    public String summary() {
        return "Show the object tree of services";
    }

    @Override
    public int run(Invocation inv) throws UsageException {
        MessageBus bus = Buses.openOrReport(inv);
        if (bus == null) {
            return ExitCode.FAILURE;
        }
        try (bus) {
            List<String> services = new ArrayList<>(inv.operands());
            for (String service : services) {
                if (!io.jdbus.names.BusName.isValid(service)) {
                    inv.err().println("Invalid bus service name: " + service);
                    return ExitCode.FAILURE;
                }
            }
            boolean headers = services.size() != 1;
            if (services.isEmpty()) {
                try {
                    Message names = bus.call(Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                            "org.freedesktop.DBus", "ListNames").build());
                    for (Object n : (List<?>) names.body().getFirst()) {
                        if (!((String) n).startsWith(":")) {
                            services.add((String) n);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    inv.err().println("Failed to get name list: " + IntrospectVerb.reason(e));
                    return ExitCode.FAILURE;
                }
            }
            int status = ExitCode.OK;
            for (int i = 0; i < services.size(); i++) {
                if (i > 0) {
                    inv.out().println();
                }
                if (headers) {
                    inv.out().println("Service " + services.get(i) + ":");
                }
                SortedSet<String> paths = discover(inv, bus, services.get(i));
                if (paths.isEmpty()) {
                    inv.out().println("No objects discovered.");
                    status = ExitCode.FAILURE;
                } else if (inv.settings().list()) {
                    paths.forEach(inv.out()::println);
                } else {
                    TreeText.lines(paths).forEach(inv.out()::println);
                }
            }
            return status;
        }
    }

    /** Every path reachable from {@code /} through listed child nodes; failures are reported as busctl does. */
    private static SortedSet<String> discover(Invocation inv, MessageBus bus, String service) {
        SortedSet<String> found = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of("/"));
        while (!todo.isEmpty() && found.size() < MAX_OBJECTS) {
            String path = todo.removeFirst();
            Node node;
            try {
                node = IntrospectionParser.parse(IntrospectVerb.fetch(bus, service, path));
            } catch (IOException | RuntimeException e) {
                inv.out().println("Failed to introspect object " + path + " of service " + service + ": "
                        + IntrospectVerb.reason(e));
                continue;
            }
            found.add(path);
            for (Node child : node.children()) {
                child.name().ifPresent(n -> {
                    String p = path.equals("/") ? "/" + n : path + "/" + n;
                    if (!found.contains(p) && !todo.contains(p)) {
                        todo.addLast(p);
                    }
                });
            }
        }
        return found;
    }
}
