package io.jdbus.cli.status;

import io.jdbus.cli.Buses;
import io.jdbus.cli.ExitCode;
import io.jdbus.cli.Invocation;
import io.jdbus.cli.UsageException;
import io.jdbus.cli.Verb;
import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import io.jdbus.names.BusName;
import io.jdbus.types.Variant;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code jdbus status [NAME|PID]}: as {@code busctl status}, the credentials of the connection owning NAME
 * (or of process PID), or without an operand the bus's address and ID and the credentials of the bus itself.
 *
 * <p>The bus answers the PID, the user and, where it knows them, the groups ({@code GetConnectionCredentials},
 * falling back to {@code GetConnectionUnixProcessID} and {@code GetConnectionUnixUser}); the rest is read from
 * {@code /proc/PID}, as busctl augments it, so it is only right when the peer runs on this machine.
 *
 * {@snippet lang=sh :
 * jdbus --session status org.example.App
 * # PID=4242
 * # PPID=1
 * # UID=1000
 * # ...
 * }
 */
public final class StatusVerb implements Verb {
    private static final String BUS = "org.freedesktop.DBus";

    @Override
    public String name() {
        return "status";
    }

    @Override
    public String operands() {
        return "[SERVICE]";
    }

    @Override
    public String summary() {
        return "Show the credentials of SERVICE's owner (or of a PID), or the bus's own";
    }

    @Override
    public int run(Invocation inv) throws UsageException {
        List<String> operands = inv.operands();
        if (operands.size() > 1) {
            throw new UsageException("status takes at most one SERVICE, got " + operands.size() + " operands: "
                    + String.join(" ", operands));
        }
        String name = operands.isEmpty() ? null : operands.getFirst();
        if (name != null && isPid(name)) {
            inv.out().print(CredentialsText.format(new PeerCredentials(Long.parseLong(name), null, null, null),
                    ProcessInfo.read(Long.parseLong(name)), lastCap()));
            return ExitCode.OK;
        }
        if (name != null && !BusName.isValid(name)) {
            inv.err().println("Invalid service name '" + name + "'");
            return ExitCode.FAILURE;
        }
        MessageBus bus = Buses.openOrReport(inv);
        if (bus == null) {
            return ExitCode.FAILURE;
        }
        try (bus) {
            if (name == null) {
                printBus(inv, bus);
            }
            PeerCredentials peer = credentials(bus, name == null ? BUS : name);
            inv.out().print(CredentialsText.format(peer, ProcessInfo.read(peer.pid()), lastCap()));
            return ExitCode.OK;
        } catch (DBusErrorException e) {
            inv.out().flush();
            inv.err().println("Failed to get credentials: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (IOException e) {
            inv.out().flush();
            inv.err().println("Failed to get credentials: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    private static void printBus(Invocation inv, MessageBus bus) throws IOException {
        switch (inv.bus().kind()) {
            case ADDRESS -> inv.out().println("BusAddress=" + inv.bus().address());
            case SESSION -> {
                String address = System.getenv("DBUS_SESSION_BUS_ADDRESS");
                if (address != null) {
                    inv.out().println("BusAddress=" + address);
                }
                inv.out().println("BusScope=user");
            }
            case SYSTEM -> {
                String address = System.getenv("DBUS_SYSTEM_BUS_ADDRESS");
                inv.out().println("BusAddress=" + (address != null ? address : "unix:path=/run/dbus/system_bus_socket"));
                inv.out().println("BusScope=system");
            }
        }
        String id = bus.guid();
        if (id == null || id.isEmpty()) {
            id = (String) bus.call(busCall("GetId").build()).body().getFirst();
        }
        inv.out().println("BusID=" + id);
    }

    /** What the bus tells about {@code name}'s owner, with its unique name as busctl shows it (none for the bus itself). */
    private static PeerCredentials credentials(MessageBus bus, String name) throws IOException {
        String unique = name.startsWith(":") ? name : null;
        if (unique == null && !name.equals(BUS)) {
            unique = (String) bus.call(busCall("GetNameOwner").body("s", name).build()).body().getFirst();
        }
        try {
            Map<?, ?> creds = (Map<?, ?>) bus.call(busCall("GetConnectionCredentials").body("s", name).build())
                    .body().getFirst();
            Long pid = unsigned(creds.get("ProcessID"));
            if (pid != null) {
                return new PeerCredentials(pid, unsigned(creds.get("UnixUserID")), groups(creds.get("UnixGroupIDs")), unique);
            }
        } catch (DBusErrorException e) {
            if (!e.name().equals("org.freedesktop.DBus.Error.UnknownMethod")) {
                throw e;
            }
        }
        long pid = number(bus.call(busCall("GetConnectionUnixProcessID").body("s", name).build()));
        Long uid;
        try {
            uid = number(bus.call(busCall("GetConnectionUnixUser").body("s", name).build()));
        } catch (DBusErrorException e) {
            uid = null;
        }
        return new PeerCredentials(pid, uid, null, unique);
    }

    private static Long unsigned(Object value) {
        return value instanceof Variant v && v.value() instanceof Number n ? Integer.toUnsignedLong(n.intValue()) : null;
    }

    private static long[] groups(Object value) {
        if (value instanceof Variant v && v.value() instanceof List<?> list) {
            return list.stream().mapToLong(n -> Integer.toUnsignedLong(((Number) n).intValue())).toArray();
        }
        return null;
    }

    private static long number(Message reply) {
        return Integer.toUnsignedLong(((Number) reply.body().getFirst()).intValue());
    }

    private static boolean isPid(String s) {
        return !s.isEmpty() && s.length() < 11 && s.chars().allMatch(Character::isDigit) && Long.parseLong(s) > 0;
    }

    private static int lastCap() {
        String text = ProcessInfo.text(Path.of("/proc/sys/kernel/cap_last_cap"));
        try {
            return text == null ? 40 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 40;
        }
    }

    private static io.jdbus.message.MessageBuilder busCall(String member) {
        return Message.methodCall(BUS, "/org/freedesktop/DBus", BUS, member);
    }
}
