package io.jdbus.connection;

import io.jdbus.message.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Dispatches incoming method calls: to the first registered {@link MethodHandler} whose filter accepts the
 * call, else answers {@code org.freedesktop.DBus.Peer} (Ping, GetMachineId), else replies UnknownObject, as
 * libdbus and GDBus do, so that a caller never waits for its timeout.
 */
final class DefaultMethodHandler implements Consumer<Message> {
    private record Registration(java.util.function.Predicate<Message> filter, MethodHandler handler) {
    }

    private final java.util.List<Registration> handlers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final String PEER = "org.freedesktop.DBus.Peer";
    private static final System.Logger LOG = System.getLogger(DefaultMethodHandler.class.getName());

    private final MessageBus bus;

    DefaultMethodHandler(MessageBus bus) {
        this.bus = bus;
    }

    Subscription add(java.util.function.Predicate<Message> filter, MethodHandler handler) {
        Registration r = new Registration(filter, handler);
        handlers.add(r);
        return () -> handlers.remove(r);
    }

    @Override
    public void accept(Message call) {
        if (!bus.isAddressedToUs(call)) {
            return;   // a call this connection only watches (monitor, eavesdropping)
        }
        for (Registration r : handlers) {
            if (r.filter().test(call)) {
                answer(call, r.handler());
                return;
            }
        }
        if (!MessageBus.wantsReply(call)) {
            return;
        }
        Message reply;
        if (PEER.equals(call.interfaceName()) || (call.interfaceName() == null && isPeerMember(call.member()))) {
            reply = peer(call);
        } else {
            reply = Message.error(call, StandardError.UNKNOWN_OBJECT.errorName(),
                    "no object at path " + call.path() + " on this connection").build();
        }
        try {
            bus.send(reply);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not answer " + call, e);
        }
    }

    private void answer(Message call, MethodHandler handler) {
        Message reply;
        try {
            reply = handler.handle(call);
        } catch (DBusErrorException e) {
            reply = Message.error(call, e.name(), e.getMessage()).build();
        } catch (Exception | Error e) {
            LOG.log(System.Logger.Level.WARNING, "handler of " + call + " failed", e);
            reply = Message.error(call, StandardError.FAILED.errorName(), "the method failed").build();
        }
        if (reply != null && MessageBus.wantsReply(call)) {
            try {
                bus.send(reply);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "could not answer " + call, e);
            }
        }
    }

    private static boolean isPeerMember(String member) {
        return "Ping".equals(member) || "GetMachineId".equals(member);
    }

    private static Message peer(Message call) {
        return switch (call.member()) {
            case "Ping" -> Message.methodReturn(call).build();
            case "GetMachineId" -> {
                String id = machineId();
                yield id == null
                        ? Message.error(call, StandardError.FAILED.errorName(), "no machine id on this system").build()
                        : Message.methodReturn(call).body("s", id).build();
            }
            default -> Message.error(call, StandardError.UNKNOWN_METHOD.errorName(),
                    "no method " + call.member() + " on interface " + PEER).build();
        };
    }

    private static String machineId() {
        for (String file : new String[] {"/etc/machine-id", "/var/lib/dbus/machine-id"}) {
            try {
                String id = Files.readString(Path.of(file)).trim();
                if (id.matches("[0-9a-f]{32}")) {
                    return id;
                }
            } catch (IOException | SecurityException e) {
                // try the next place
            }
        }
        return null;
    }
}
