package io.jdbus.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.message.Flag;
import io.jdbus.message.Message;
import io.jdbus.message.MessageType;
import io.jdbus.testing.PrivateBus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * jdbus daemon and dbus-daemon given the same scenarios, step by step: name ownership (replies, owner queues
 * and the NameOwnerChanged/NameAcquired/NameLost signals each client sees), match rules (which message
 * reaches which client), and the driver's answers to valid and invalid calls. Unique names differ between
 * the buses and are compared by the position of their client.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BusDifferentialTest {
    private static final String DBUS = "org.freedesktop.DBus";
    private static final String PATH = "/org/freedesktop/DBus";

    /** One bus with its clients, and what each client saw. */
    private static final class Side implements AutoCloseable {
        final String address;
        final List<MessageBus> clients = new ArrayList<>();
        final List<List<String>> seen = new ArrayList<>();
        final Map<String, String> alias = new HashMap<>();

        Side(String address, int n) throws Exception {
            this.address = address;
            for (int i = 0; i < n; i++) {
                add(i);
            }
        }

        void add(int slot) throws Exception {
            MessageBus c = MessageBus.connect(address);
            List<String> log = new CopyOnWriteArrayList<>();
            // the NameAcquired of the unique name races with registering the handler: it is left out
            c.addHandler(m -> (m.type() == MessageType.SIGNAL || m.type() == MessageType.METHOD_CALL)
                    && !("NameAcquired".equals(m.member()) && m.body().getFirst().toString().startsWith(":")),
                    m -> log.add(describe(m)));
            alias.put(c.uniqueName(), "c" + slot + "#" + alias.size());
            if (slot < clients.size()) {
                clients.set(slot, c);
                seen.set(slot, log);
            } else {
                clients.add(c);
                seen.add(log);
            }
        }

        String describe(Message m) {
            StringBuilder b = new StringBuilder(m.type() + " " + m.member() + " " + m.path() + " from "
                    + normal(m.sender()) + " to " + normal(m.destination()));
            for (Object o : m.body()) {
                b.append(' ').append(o instanceof String s ? normal(s) : o);
            }
            return b.toString();
        }

        String normal(String name) {
            return name == null ? "-" : alias.getOrDefault(name, name);
        }

        Object call(int slot, String member, String signature, Object... args) throws Exception {
            try {
                Message r = clients.get(slot).call(Message.methodCall(DBUS, PATH, DBUS, member).body(signature, args).build());
                return r.body().isEmpty() ? "ok" : r.body().getFirst() instanceof String s ? normal(s) : r.body().getFirst();
            } catch (DBusErrorException e) {
                return e.name();
            }
        }

        /** Waits until every client has seen everything sent so far: a round trip from each through the bus. */
        void settle() throws Exception {
            for (MessageBus c : clients) {
                c.call(Message.methodCall(DBUS, PATH, DBUS, "GetId").build());
            }
            Thread.sleep(30);
        }

        @Override
        public void close() {
            clients.forEach(MessageBus::close);
        }
    }

    @Test
    void nameOwnershipGivesTheSameRepliesQueuesAndSignals() throws Exception {
        List<String> names = List.of("com.example.A", "com.example.B");
        try (PrivateBus reference = PrivateBus.start(); BusDaemon jdbus = BusDaemon.start();
             Side ref = new Side(reference.address(), 4); Side ours = new Side(jdbus.address(), 4)) {
            Random random = new Random(20261203);
            for (int step = 0; step < 150; step++) {
                int slot = random.nextInt(4);
                String name = names.get(random.nextInt(names.size()));
                int action = random.nextInt(10);
                String what;
                if (action < 6) {
                    int flags = random.nextInt(8);
                    what = "step " + step + ": c" + slot + " requests " + name + " with flags " + flags;
                    assertEquals(ref.call(slot, "RequestName", "su", name, flags),
                            ours.call(slot, "RequestName", "su", name, flags), what);
                } else if (action < 9) {
                    what = "step " + step + ": c" + slot + " releases " + name;
                    assertEquals(ref.call(slot, "ReleaseName", "s", name), ours.call(slot, "ReleaseName", "s", name), what);
                } else {
                    what = "step " + step + ": c" + slot + " reconnects";
                    for (Side s : List.of(ref, ours)) {
                        s.clients.get(slot).close();
                        s.add(slot);
                    }
                }
                ref.settle();
                ours.settle();
                for (String n : names) {
                    assertEquals(queued(ref, n), queued(ours, n), what + " → queue of " + n);
                }
                for (int i = 0; i < 4; i++) {
                    assertEquals(ref.seen.get(i), ours.seen.get(i), what + " → signals seen by c" + i);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> queued(Side s, String name) throws Exception {
        Object r = s.call(0, "ListQueuedOwners", "s", name);
        return r instanceof List<?> l ? ((List<String>) l).stream().map(s::normal).toList() : List.of(r.toString());
    }

    @Test
    void matchRulesSelectTheSameMessages() throws Exception {
        List<String> rules = List.of("type='signal'", "interface='com.example.A'", "member='Ping'", "path='/a/b'",
                "path_namespace='/a'", "arg0='x'", "arg0namespace='com.example'", "arg1path='/a/'",
                "arg0path='/aa'", "sender='com.example.Sender'", "sender='SENDER'", "destination='RECEIVER0'",
                "type='method_call'", "type='method_call',eavesdrop='true'", "eavesdrop='true'",
                "type='signal',interface='com.example.B',member='Pong',path_namespace='/'");
        try (PrivateBus reference = PrivateBus.start(); BusDaemon jdbus = BusDaemon.start();
             Side ref = new Side(reference.address(), rules.size() + 2);
             Side ours = new Side(jdbus.address(), rules.size() + 2)) {
            int sender = rules.size();
            int named = rules.size() + 1;
            for (Side s : List.of(ref, ours)) {
                s.call(named, "RequestName", "su", "com.example.Sender", 0);
                for (int i = 0; i < rules.size(); i++) {
                    String rule = rules.get(i).replace("SENDER", s.clients.get(sender).uniqueName())
                            .replace("RECEIVER0", s.clients.get(0).uniqueName());
                    assertEquals("ok", s.call(i, "AddMatch", "s", rule), rule);
                }
                s.settle();
                s.seen.forEach(List::clear);
                MessageBus from = s.clients.get(sender);
                from.send(Message.signal("/a/b", "com.example.A", "Ping").body("s", "x").build());
                from.send(Message.signal("/aa/b", "com.example.B", "Pong").body("ss", "com.example.Foo", "/a/b/c").build());
                from.send(Message.signal("/a", "com.example.C", "Other").body("s", "/aa/").build());
                from.send(Message.signal("/z", "com.example.A", "Ping").body("i", 1).build());
                from.send(Message.signal("/a/b", "com.example.A", "Direct").destination(s.clients.get(0).uniqueName()).build());
                from.send(Message.signal("/a/b", "com.example.A", "Elsewhere").destination(s.clients.get(1).uniqueName()).build());
                from.send(Message.methodCall(s.clients.get(2).uniqueName(), "/a", "com.example.A", "Call")
                        .flag(Flag.NO_REPLY_EXPECTED).build());
                s.clients.get(named).send(Message.signal("/b", "com.example.D", "Named").body("s", "x").build());
                s.settle();
            }
            for (int i = 0; i < rules.size(); i++) {
                assertEquals(ref.seen.get(i), ours.seen.get(i), "messages seen with " + rules.get(i));
            }
            assertEquals(6, ours.seen.get(0).size(), "type='signal' sees the five broadcasts and the one addressed to it: "
                    + ours.seen.get(0));
        }
    }

    @Test
    void theDriverAnswersValidAndInvalidCallsAlike() throws Exception {
        try (PrivateBus reference = PrivateBus.start(); BusDaemon jdbus = BusDaemon.start();
             Side ref = new Side(reference.address(), 2); Side ours = new Side(jdbus.address(), 2)) {
            List<Object[]> calls = List.of(
                    new Object[] {"RequestName", "su", new Object[] {"com.example.X", 0}},
                    new Object[] {"RequestName", "su", new Object[] {":1.5", 0}},
                    new Object[] {"RequestName", "su", new Object[] {"org.freedesktop.DBus", 0}},
                    new Object[] {"RequestName", "su", new Object[] {"a..b", 0}},
                    new Object[] {"ReleaseName", "s", new Object[] {"com.example.Nobody"}},
                    new Object[] {"ReleaseName", "s", new Object[] {":1.1"}},
                    new Object[] {"NameHasOwner", "s", new Object[] {"com.example.X"}},
                    new Object[] {"NameHasOwner", "s", new Object[] {"not a name"}},
                    new Object[] {"GetNameOwner", "s", new Object[] {"com.example.X"}},
                    new Object[] {"GetNameOwner", "s", new Object[] {"com.example.Nobody"}},
                    new Object[] {"GetNameOwner", "s", new Object[] {DBUS}},
                    new Object[] {"ListQueuedOwners", "s", new Object[] {"com.example.X"}},
                    new Object[] {"ListQueuedOwners", "s", new Object[] {"com.example.Nobody"}},
                    new Object[] {"StartServiceByName", "su", new Object[] {"com.example.X", 0}},
                    new Object[] {"StartServiceByName", "su", new Object[] {"com.example.Nobody", 0}},
                    new Object[] {"GetConnectionUnixUser", "s", new Object[] {"com.example.Nobody"}},
                    new Object[] {"GetConnectionUnixProcessID", "s", new Object[] {":1.99"}},
                    new Object[] {"GetConnectionCredentials", "s", new Object[] {"com.example.Nobody"}},
                    new Object[] {"GetAdtAuditSessionData", "s", new Object[] {DBUS}},
                    new Object[] {"GetConnectionSELinuxSecurityContext", "s", new Object[] {DBUS}},
                    new Object[] {"AddMatch", "s", new Object[] {"foo='bar'"}},
                    new Object[] {"AddMatch", "s", new Object[] {"type='signal'"}},
                    new Object[] {"RemoveMatch", "s", new Object[] {"type='signal'"}},
                    new Object[] {"RemoveMatch", "s", new Object[] {"type='signal'"}},
                    new Object[] {"RemoveMatch", "s", new Object[] {"type='nonsense'"}},
                    new Object[] {"ReloadConfig", "", new Object[] {}},
                    new Object[] {"Hello", "", new Object[] {}},
                    new Object[] {"NoSuchMethod", "", new Object[] {}},
                    new Object[] {"RequestName", "s", new Object[] {"com.example.Y"}},
                    new Object[] {"ListActivatableNames", "", new Object[] {}});
            for (Object[] c : calls) {
                Object a = ref.call(0, (String) c[0], (String) c[1], (Object[]) c[2]);
                Object b = ours.call(0, (String) c[0], (String) c[1], (Object[]) c[2]);
                assertEquals(a, b, c[0] + " " + java.util.Arrays.toString((Object[]) c[2]));
            }
        }
    }
}
