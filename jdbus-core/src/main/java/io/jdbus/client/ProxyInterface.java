package io.jdbus.client;

import io.jdbus.connection.MessageBus;
import io.jdbus.connection.Subscription;
import io.jdbus.guidance.Converters;
import io.jdbus.guidance.VariantGuidance;
import io.jdbus.introspect.Access;
import io.jdbus.introspect.Interface;
import io.jdbus.introspect.Method;
import io.jdbus.introspect.Property;
import io.jdbus.introspect.Signal;
import io.jdbus.message.Flag;
import io.jdbus.message.Message;
import io.jdbus.message.MessageBuilder;
import io.jdbus.types.Signature;
import io.jdbus.types.Variant;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * One interface of a {@link ProxyObject}: calls its methods, reads and writes its properties and subscribes
 * to its signals, all checked against its introspection before anything is sent.
 *
 * <p>{@link #call} returns the method's out arguments as a list in their decoded forms (DESIGN's type
 * table): empty for none, one element for one; {@link #callValue} returns the single out argument itself.
 * A D-Bus error reply is a {@link io.jdbus.connection.DBusErrorException}. Thread-safe.
 * {@snippet :
 * ProxyInterface iface = bus.proxyObject("com.example.name", "/com/example/sample_object0", node)
 *         .getInterface("com.example.SampleInterface0");
 * List<Object> out = iface.call("Frobate", 5);            // ["5", {5: "hello"}]
 * Variant bar = iface.callValue("Bazify", List.of(-5, 5, 5));
 * try (Subscription s = iface.on("Changed", args -> System.out.println(args.get(0)))) {
 *     iface.set("Bar", 105);
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#standard-interfaces-properties">Properties</a>
 */
public final class ProxyInterface {
    static final String PROPERTIES = "org.freedesktop.DBus.Properties";

    private final ProxyObject object;
    private final Interface introspection;
    private volatile PropertyCache cache;
    private final java.util.Map<String, VariantGuidance> guidance = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Converters converters = Converters.NONE;

    ProxyInterface(ProxyObject object, Interface introspection) {
        this.object = object;
        this.introspection = introspection;
    }

    /** The object this interface belongs to. */
    public ProxyObject object() {
        return object;
    }

    /** The interface's name. */
    public String name() {
        return introspection.name().value();
    }

    /** The introspection this proxy checks against. */
    public Interface introspection() {
        return introspection;
    }

    /** Calls {@code member} with {@code args}; returns its out arguments. */
    public List<Object> call(String member, Object... args) throws IOException {
        return call(CallOptions.DEFAULT, member, args);
    }

    /** As {@link #call(String, Object...)}, with a timeout or header flags. */
    public List<Object> call(CallOptions options, String member, Object... args) throws IOException {
        Method method = method(member);
        Message request = request(options, method, args);
        if (options.noReplyExpected()) {
            bus().send(request);
            return List.of();
        }
        Message reply = options.timeout().isPresent() ? bus().call(request, options.timeout().get()) : bus().call(request);
        return outArgs(method, reply);
    }

    /**
     * Calls a method that has exactly one out argument and returns it.
     * {@snippet :
     * Variant v = iface.callValue("Bazify", List.of(1, 2, 3));
     * }
     *
     * @throws IllegalArgumentException when the method does not have exactly one out argument
     */
    @SuppressWarnings("unchecked")
    public <T> T callValue(String member, Object... args) throws IOException {
        Method method = method(member);
        if (method.outArgs().size() != 1) {
            throw new IllegalArgumentException(name() + "." + member + " has " + method.outArgs().size()
                    + " out arguments (\"" + method.outSignature() + "\"); callValue needs exactly one; use call");
        }
        return (T) call(member, args).getFirst();
    }

    /** Calls {@code member} without waiting; the future completes with its out arguments. */
    public CompletableFuture<List<Object>> callAsync(String member, Object... args) {
        return callAsync(CallOptions.DEFAULT, member, args);
    }

    /**
     * As {@link #callAsync(String, Object...)}, with options. Argument errors are thrown at once, not put in
     * the future: they are the caller's mistake, not the call's outcome.
     */
    public CompletableFuture<List<Object>> callAsync(CallOptions options, String member, Object... args) {
        Method method = method(member);
        Message request = request(options, method, args);
        if (options.noReplyExpected()) {
            try {
                bus().send(request);
                return CompletableFuture.completedFuture(List.of());
            } catch (IOException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        var reply = options.timeout().isPresent() ? bus().callAsync(request, options.timeout().get())
                : bus().callAsync(request);
        return reply.thenApply(m -> {
            try {
                return outArgs(method, m);
            } catch (UnexpectedReplyException e) {
                throw new CompletionException(e);
            }
        });
    }

    /**
     * Sets the variant guidance for every call of {@code member} (or every write of the property
     * {@code member}) through this proxy; a call's own {@link CallOptions#withGuidance} overrides it. An empty
     * string removes it. See {@code docs/GUIDANCE.md}.
     * {@snippet :
     * iface.guide("Mogrify", "s");   // Mogrify's av: every element a string
     * }
     *
     * @throws io.jdbus.guidance.InvalidGuidanceException when {@code text} breaks the grammar
     */
    public ProxyInterface guide(String member, String text) {
        if (introspection.findMethod(member).isEmpty() && introspection.findProperty(member).isEmpty()) {
            throw new IllegalArgumentException(name() + " has no method or property " + member);
        }
        VariantGuidance g = VariantGuidance.parse(text);
        if (g.isEmpty()) {
            guidance.remove(member);
        } else {
            guidance.put(member, g);
        }
        return this;
    }

    /**
     * Registers a converter applied to argument {@code index} (from 0) of every method whose argument there
     * has signature {@code signature}, before guidance and encoding (pydbus's {@code _match_to_function}).
     * {@snippet :
     * iface.convert(0, "s", v -> v instanceof Path p ? p.toString() : v);
     * }
     */
    public ProxyInterface convert(int index, String signature, java.util.function.UnaryOperator<Object> function) {
        synchronized (this) {
            converters = converters.with(index, signature, function);
        }
        return this;
    }

    private Method method(String member) {
        return introspection.findMethod(member).orElseThrow(() -> new IllegalArgumentException(
                name() + " has no method " + member + "; it has " + introspection.methods().stream()
                        .map(m -> m.name().value()).toList()));
    }

    private Message request(CallOptions options, Method method, Object[] args) {
        String what = "method " + name() + "." + method.name().value();
        VariantGuidance g = options.guidance().isEmpty()
                ? guidance.getOrDefault(method.name().value(), VariantGuidance.NONE) : options.guidance();
        List<Object> values = Arguments.prepare(what, method.inSignature(), Arrays.asList(args), g, converters);
        MessageBuilder b = Message.methodCall(object.busName(), object.path().value(), name(), method.name().value())
                .body(method.inSignature(), values);
        if (options.noReplyExpected()) {
            b.flag(Flag.NO_REPLY_EXPECTED);
        }
        if (options.noAutoStart()) {
            b.flag(Flag.NO_AUTO_START);
        }
        if (options.allowInteractiveAuth()) {
            b.flag(Flag.ALLOW_INTERACTIVE_AUTH);
        }
        return b.build();
    }

    private List<Object> outArgs(Method method, Message reply) throws UnexpectedReplyException {
        Signature expected = method.outSignature();
        if (!reply.signature().equals(expected)) {
            throw new UnexpectedReplyException(name() + "." + method.name().value() + " returned \"" + reply.signature()
                    + "\", but its introspection declares \"" + expected + "\"");
        }
        return reply.body();
    }

    /** The current value of {@code property} (from the cache when {@link #cacheProperties} is on). */
    public Object get(String property) throws IOException {
        Property p = property(property);
        if (p.access() == Access.WRITE) {
            throw new IllegalArgumentException(name() + "." + property + " is write-only");
        }
        PropertyCache c = cache;
        if (c != null) {
            var cached = c.cached(property);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        Message reply = bus().call(Message.methodCall(object.busName(), object.path().value(), PROPERTIES, "Get")
                .body("ss", name(), property).build());
        Variant v = (Variant) reply.body().getFirst();
        if (!v.type().equals(p.type())) {
            throw new UnexpectedReplyException(name() + "." + property + " has a value of type \"" + v.type().signature()
                    + "\", but its introspection declares \"" + p.type().signature() + "\"");
        }
        return v.value();
    }

    /** Writes {@code value} to {@code property}, converted to the property's type first. */
    public void set(String property, Object value) throws IOException {
        Property p = property(property);
        if (p.access() == Access.READ) {
            throw new IllegalArgumentException(name() + "." + property + " is read-only");
        }
        Object coerced = Arguments.prepare("property " + name() + "." + property, Signature.of(p.type().signature()),
                List.of(value), guidance.getOrDefault(property, VariantGuidance.NONE), Converters.NONE).getFirst();
        bus().call(Message.methodCall(object.busName(), object.path().value(), PROPERTIES, "Set")
                .body("ssv", name(), property, Variant.of(p.type(), coerced)).build());
    }

    /** Every readable property's value, by name, in the order the service gave them. */
    public Map<String, Object> getAll() throws IOException {
        Message reply = bus().call(Message.methodCall(object.busName(), object.path().value(), PROPERTIES, "GetAll")
                .body("s", name()).build());
        Map<String, Object> out = new LinkedHashMap<>();
        ((Map<?, ?>) reply.body().getFirst()).forEach((k, v) -> out.put((String) k, ((Variant) v).value()));
        return out;
    }

    private Property property(String property) {
        return introspection.findProperty(property).orElseThrow(() -> new IllegalArgumentException(
                name() + " has no property " + property + "; it has " + introspection.properties().stream()
                        .map(p -> p.name().value()).toList()));
    }

    /**
     * Calls {@code handler} with the arguments of every {@code signal} this object emits, in arrival order,
     * off the connection's reader thread. On a well-known name, signals of whoever owns the name now are
     * delivered (as python-dbus-next does); a signal whose arguments do not match the introspection is
     * dropped and logged.
     */
    public Subscription on(String signal, Consumer<List<Object>> handler) throws IOException {
        Signal s = introspection.findSignal(signal).orElseThrow(() -> new IllegalArgumentException(
                name() + " has no signal " + signal + "; it has " + introspection.signals().stream()
                        .map(x -> x.name().value()).toList()));
        return object.subscribe(name(), signal, m -> {
            if (!m.signature().equals(s.signature())) {
                System.getLogger(ProxyInterface.class.getName()).log(System.Logger.Level.WARNING, name() + "." + signal
                        + " arrived with \"" + m.signature() + "\", but its introspection declares \"" + s.signature()
                        + "\"; dropped");
                return;
            }
            handler.accept(m.body());
        }, handler);
    }

    /** Ends every subscription to {@code signal} made with {@code handler}. */
    public void off(String signal, Consumer<List<Object>> handler) {
        object.unsubscribe(name(), signal, handler);
    }

    /**
     * Turns on a cache of this interface's properties, filled with GetAll and kept current by
     * PropertiesChanged, as GDBusProxy does; {@link #get} answers from it. Closing the cache turns it off.
     */
    public PropertyCache cacheProperties() throws IOException {
        synchronized (this) {
            if (cache != null && cache.isOpen()) {
                return cache;
            }
            cache = PropertyCache.open(this, () -> cache = null);
            return cache;
        }
    }

    MessageBus bus() {
        return object.bus();
    }

    @Override
    public String toString() {
        return "ProxyInterface[" + name() + " at " + object + "]";
    }
}
