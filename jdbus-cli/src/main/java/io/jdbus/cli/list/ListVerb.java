package io.jdbus.cli.list;

import io.jdbus.cli.Buses;
import io.jdbus.cli.CallSettings;
import io.jdbus.cli.ExitCode;
import io.jdbus.cli.Invocation;
import io.jdbus.cli.UsageException;
import io.jdbus.cli.Verb;
import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import io.jdbus.types.Variant;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code jdbus list}: the names on the bus as busctl lists them, sorted, with the owner's PID, process,
 * user and unique name; activatable names that nobody owns show {@code (activatable)}. {@code --unique},
 * {@code --acquired} and {@code --activatable} choose which names (all three when none is given),
 * {@code --no-legend} drops the header, {@code --json=short|pretty} prints busctl's JSON array.
 *
 * <p>Owners are asked with {@code GetNameOwner} and {@code GetConnectionCredentials} (falling back to
 * {@code GetConnectionUnixProcessID} and {@code GetConnectionUnixUser}); the process name and user name come
 * from this machine ({@code /proc}, {@code /etc/passwd}). Units, sessions and descriptions need systemd's
 * own bus and are shown as unknown.
 *
 * {@snippet lang=sh :
 * jdbus --session list
 * # NAME                 PID PROCESS     USER CONNECTION UNIT SESSION DESCRIPTION
 * # :1.7               21034 java        me   :1.7       -    -       -
 * # org.freedesktop.DBus 812 dbus-daemon me   -          -    -       -
 * }
 */
public final class ListVerb implements Verb {
    private static final String BUS = "org.freedesktop.DBus";

    private enum Kind { ACQUIRED, ACTIVATABLE }

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String operands() {
        return "";
    }

    @Override
    public String summary() {
        return "List the names on the bus";
    }

    @Override
    public int run(Invocation inv) throws UsageException {
        if (!inv.operands().isEmpty()) {
            throw new UsageException("list takes no operands, got: " + String.join(" ", inv.operands()));
        }
        MessageBus bus = Buses.openOrReport(inv);
        if (bus == null) {
            return ExitCode.FAILURE;
        }
        List<NameRow> rows;
        try (bus) {
            rows = rows(bus, inv.settings());
        } catch (DBusErrorException e) {
            inv.err().println("Failed to list names: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (IOException e) {
            inv.err().println("Failed to list names: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        switch (inv.output()) {
            case TEXT -> inv.out().print(NameTable.text(rows, inv.settings().legend()));
            case JSON_SHORT, JSON_PRETTY -> inv.out().println(NameTable.json(rows, inv.output().jsonStyle()));
        }
        return ExitCode.OK;
    }

    private static List<NameRow> rows(MessageBus bus, CallSettings s) throws IOException {
        boolean all = !s.unique() && !s.acquired() && !s.activatable();
        boolean unique = all || s.unique();
        boolean acquired = all || s.acquired();
        boolean activatable = all || s.activatable();

        Map<String, Kind> names = new TreeMap<>();   // busctl sorts by strcmp; bus names are ASCII
        if (unique || acquired) {
            for (Object name : strings(bus.call(busCall("ListNames").build()))) {
                names.put((String) name, Kind.ACQUIRED);
            }
        }
        if (activatable) {
            try {
                for (Object name : strings(bus.call(busCall("ListActivatableNames").build()))) {
                    names.putIfAbsent((String) name, Kind.ACTIVATABLE);
                }
            } catch (DBusErrorException e) {
                // a bus without activation: nothing to add
            }
        }
        List<NameRow> rows = new ArrayList<>();
        for (Map.Entry<String, Kind> e : names.entrySet()) {
            String name = e.getKey();
            if (e.getValue() == Kind.ACTIVATABLE) {
                rows.add(NameRow.activatable(name));
            } else if (name.startsWith(":") ? unique : acquired) {
                rows.add(owner(bus, name));
            }
        }
        return rows;
    }

    /** What the bus and this machine tell of the owner of {@code name}; unknown when it went away meanwhile. */
    private static NameRow owner(MessageBus bus, String name) throws IOException {
        try {
            String connection = null;
            if (name.startsWith(":")) {
                connection = name;
            } else if (!name.equals(BUS)) {
                connection = (String) bus.call(busCall("GetNameOwner").body("s", name).build()).body().getFirst();
            }
            long[] pidUid = pidAndUid(bus, name);
            Long pid = pidUid[0] < 0 ? null : pidUid[0];
            String process = pid == null ? null : Processes.comm(pid);
            String user = pidUid[1] < 0 ? null : Processes.userName(pidUid[1]);
            return new NameRow(name, pid, process, user, connection, null, null, null);
        } catch (DBusErrorException e) {
            return NameRow.unknown(name);
        }
    }

    /** The owner's PID and uid, -1 where the bus does not know. */
    private static long[] pidAndUid(MessageBus bus, String name) throws IOException {
        long pid = -1;
        long uid = -1;
        try {
            Message reply = bus.call(busCall("GetConnectionCredentials").body("s", name).build());
            Map<?, ?> creds = (Map<?, ?>) reply.body().getFirst();
            if (creds.get("ProcessID") instanceof Variant v) {
                pid = Integer.toUnsignedLong(((Number) v.value()).intValue());
            }
            if (creds.get("UnixUserID") instanceof Variant v) {
                uid = Integer.toUnsignedLong(((Number) v.value()).intValue());
            }
            return new long[] {pid, uid};
        } catch (DBusErrorException e) {
            if (!e.name().equals("org.freedesktop.DBus.Error.UnknownMethod")) {
                throw e;
            }
        }
        try {
            pid = unsigned(bus.call(busCall("GetConnectionUnixProcessID").body("s", name).build()));
        } catch (DBusErrorException e) {
            // unknown
        }
        try {
            uid = unsigned(bus.call(busCall("GetConnectionUnixUser").body("s", name).build()));
        } catch (DBusErrorException e) {
            // unknown
        }
        return new long[] {pid, uid};
    }

    private static long unsigned(Message reply) {
        return Integer.toUnsignedLong(((Number) reply.body().getFirst()).intValue());
    }

    private static List<?> strings(Message reply) {
        return (List<?>) reply.body().getFirst();
    }

    private static io.jdbus.message.MessageBuilder busCall(String member) {
        return Message.methodCall(BUS, "/org/freedesktop/DBus", BUS, member);
    }
}
