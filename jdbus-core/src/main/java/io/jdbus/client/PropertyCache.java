package io.jdbus.client;

import io.jdbus.connection.Subscription;
import io.jdbus.message.Message;
import io.jdbus.types.Variant;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The cached properties of one {@link ProxyInterface}, as GDBusProxy keeps them: filled with {@code GetAll}
 * when opened, then kept current by {@code PropertiesChanged}. A changed value replaces the cached one; an
 * invalidated property leaves the cache, and the next {@link ProxyInterface#get} fetches it from the
 * service again (GDBusProxy's default leaves it unknown). Thread-safe.
 * {@snippet :
 * try (PropertyCache cache = iface.cacheProperties()) {
 *     cache.onChange((changed, invalidated) -> System.out.println(changed + " " + invalidated));
 *     Object bar = iface.get("Bar");          // no round trip
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#standard-interfaces-properties">PropertiesChanged</a>
 */
public final class PropertyCache implements AutoCloseable {
    private final ProxyInterface iface;
    private final Runnable onClose;
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final List<BiConsumer<Map<String, Object>, List<String>>> listeners = new CopyOnWriteArrayList<>();
    private volatile Subscription subscription;
    private volatile boolean open = true;

    private PropertyCache(ProxyInterface iface, Runnable onClose) {
        this.iface = iface;
        this.onClose = onClose;
    }

    static PropertyCache open(ProxyInterface iface, Runnable onClose) throws IOException {
        PropertyCache cache = new PropertyCache(iface, onClose);
        Object key = new Object();
        cache.subscription = iface.object().subscribe(ProxyInterface.PROPERTIES, "PropertiesChanged", cache::changed, key);
        try {
            iface.getAll().forEach(cache.values::putIfAbsent);   // a change that arrived first is newer
        } catch (IOException | RuntimeException e) {
            cache.subscription.close();
            throw e;
        }
        return cache;
    }

    private void changed(Message m) {
        if (!m.signature().toString().equals("sa{sv}as") || !iface.name().equals(m.body().get(0))) {
            return;
        }
        Map<String, Object> changed = new java.util.LinkedHashMap<>();
        ((Map<?, ?>) m.body().get(1)).forEach((k, v) -> changed.put((String) k, ((Variant) v).value()));
        List<String> invalidated = ((List<?>) m.body().get(2)).stream().map(String.class::cast).toList();
        values.putAll(changed);
        invalidated.forEach(values::remove);
        for (var l : listeners) {
            l.accept(Map.copyOf(changed), invalidated);
        }
    }

    /** The cached value of {@code property}; empty when it is not cached (never read, or invalidated). */
    public Optional<Object> cached(String property) {
        return Optional.ofNullable(values.get(property));
    }

    /** A copy of every cached value. */
    public Map<String, Object> snapshot() {
        return Map.copyOf(values);
    }

    /**
     * Calls {@code listener} with the changed values and the invalidated names of every PropertiesChanged
     * the cache applies, after applying it, in arrival order.
     */
    public Subscription onChange(BiConsumer<Map<String, Object>, List<String>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Whether the cache is still kept. */
    public boolean isOpen() {
        return open;
    }

    /** Stops following PropertiesChanged; the interface reads from the service again. Idempotent. */
    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        subscription.close();
        values.clear();
        onClose.run();
    }
}
