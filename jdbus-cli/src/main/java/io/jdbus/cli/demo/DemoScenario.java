package io.jdbus.cli.demo;

import io.jdbus.client.ProxyInterface;
import io.jdbus.client.ProxyObject;
import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.StandardError;
import io.jdbus.connection.Subscription;
import io.jdbus.introspect.Node;
import io.jdbus.message.Message;
import io.jdbus.names.ObjectPath;
import io.jdbus.types.Variant;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The seeds' client scenario against whatever owns {@code com.example.name}, with the high-level client:
 * each step printed with its result, {@code ok} or {@code FAILED}; the number of failed steps is returned.
 * {@snippet :
 * int failed = new DemoScenario(bus, System.out).run();
 * }
 */
public final class DemoScenario {
    /** The sample service's name, root object and interface. */
    public static final String NAME = "com.example.name";
    static final String ROOT = "/com/example/sample_object0";
    static final String INTERFACE = "com.example.SampleInterface0";

    private final MessageBus bus;
    private final PrintStream out;
    private int failed;

    public DemoScenario(MessageBus bus, PrintStream out) {
        this.bus = bus;
        this.out = out;
    }

    private interface Step {
        String run() throws Exception;
    }

    private void step(String what, Step step) {
        try {
            out.println("ok      " + what + ": " + step.run());
        } catch (Exception | AssertionError e) {
            failed++;
            out.println("FAILED  " + what + ": " + e);
        }
        out.flush();
    }

    private static void expect(Object expected, Object actual) {
        if (!io.jdbus.types.Values.deepEquals(expected, actual)) {
            throw new AssertionError("expected " + expected + ", got " + actual);
        }
    }

    /** Runs every step; returns how many failed. */
    public int run() {
        Node[] node = new Node[1];
        ProxyInterface[] iface = new ProxyInterface[1];
        step("introspect " + ROOT, () -> {
            node[0] = bus.introspect(NAME, ROOT);
            ProxyObject obj = bus.proxyObject(NAME, ROOT, node[0]);
            iface[0] = obj.getInterface(INTERFACE);
            return obj.interfaceNames() + ", children " + obj.children();
        });
        if (iface[0] == null) {
            return failed + 1;
        }
        ProxyInterface i = iface[0];
        step("Frobate(5)", () -> {
            List<Object> r = i.call("Frobate", 5);
            expect(List.of("5", Map.of(5, "hello")), r);
            return r.toString();
        });
        step("Frobate(-1) is InvalidArgs", () -> {
            try {
                i.call("Frobate", -1);
            } catch (DBusErrorException e) {
                if (e.is(StandardError.INVALID_ARGS)) {
                    return e.name() + ": " + e.getMessage();
                }
                throw e;
            }
            throw new AssertionError("no error");
        });
        step("Bazify((-5, 5, 5))", () -> {
            Variant v = i.callValue("Bazify", List.of(-5, 5, 5));
            expect(Variant.of("s", "-5,5,5"), v);
            return v.toString();
        });
        BlockingQueue<List<Object>> changed = new LinkedBlockingQueue<>();
        try (Subscription sub = subscribe(i, changed)) {
            step("Mogrify((5, 5, [\"foo\", 2, true])) and Changed", () -> {
                i.set("Bar", 0);
                changed.poll(5, TimeUnit.SECONDS);
                i.call("Mogrify", List.of(5, 5, List.of(Variant.of("s", "foo"), Variant.of("i", 2), Variant.of("b", true))));
                List<Object> signal = changed.poll(5, TimeUnit.SECONDS);
                expect(List.of(true), signal);
                return "Changed" + signal;
            });
            step("get Bar", () -> {
                Object bar = i.get("Bar");
                expect((byte) 3, bar);
                return String.valueOf(Byte.toUnsignedInt((Byte) bar));
            });
            step("set Bar 105, then the same again", () -> {
                changed.clear();
                i.set("Bar", 105);
                List<Object> first = changed.poll(5, TimeUnit.SECONDS);
                i.set("Bar", 105);
                List<Object> second = changed.poll(5, TimeUnit.SECONDS);
                expect(List.of(true), first);
                expect(List.of(false), second);
                return "Changed" + first + ", Changed" + second;
            });
        } catch (Exception e) {
            failed++;
            out.println("FAILED  subscribe to Changed: " + e);
        }
        step("GetAll", () -> {
            Map<String, Object> all = i.getAll();
            expect(Map.of("Bar", (byte) 105), all);
            return all.toString();
        });
        for (ObjectPath child : bus.proxyObject(NAME, ROOT, node[0]).children()) {
            step("child " + child, () -> {
                ProxyInterface c = bus.proxyObject(NAME, child.value(), bus.introspect(NAME, child.value()))
                        .getInterface(INTERFACE);
                List<Object> r = c.call("Frobate", 7);
                expect(List.of("7", Map.of(7, "hello")), r);
                return "Frobate(7) = " + r;
            });
        }
        step("Ping", () -> {
            Message reply = bus.call(Message.methodCall(NAME, ROOT, "org.freedesktop.DBus.Peer", "Ping").build());
            return reply.type().toString().toLowerCase(java.util.Locale.ROOT);
        });
        out.println(failed == 0 ? "all steps passed" : failed + " step(s) failed");
        return failed;
    }

    private static Subscription subscribe(ProxyInterface i, BlockingQueue<List<Object>> changed) throws Exception {
        return i.on("Changed", changed::add);
    }
}
