package io.jdbus.bench;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;

/**
 * Visits every value a decoder returned, containers and all, the same way for both libraries: what an
 * application that reads a whole message (every key, every element, every variant's content) costs on top
 * of decoding it. The result depends on every leaf, so that nothing can be skipped.
 * {@snippet :
 * long touched = ValueWalk.walk(MessageDecoder.decode(bytes).body());
 * }
 */
final class ValueWalk {
    private ValueWalk() {
    }

    /** A number made from every leaf reachable from {@code value}. */
    static long walk(Object value) {
        return switch (value) {
            case null -> 0;
            case Map<?, ?> map -> {
                long h = map.size();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    h = 31 * h + walk(e.getKey()) + walk(e.getValue());
                }
                yield h;
            }
            case Collection<?> items -> {
                long h = items.size();
                for (Object item : items) {
                    h = 31 * h + walk(item);
                }
                yield h;
            }
            case Object[] items -> {
                long h = items.length;
                for (Object item : items) {
                    h = 31 * h + walk(item);
                }
                yield h;
            }
            case byte[] bytes -> bytes.length;
            case io.jdbus.types.Variant v -> walk(v.value());
            case io.jdbus.types.Struct s -> walk(s.fields());
            case org.freedesktop.dbus.types.Variant<?> v -> walk(v.getValue());
            case org.freedesktop.dbus.Struct s -> walk(s.getParameters());
            default -> value.getClass().isArray() ? Array.getLength(value) : value.hashCode();
        };
    }
}
