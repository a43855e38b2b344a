package io.jdbus.wire;

import io.jdbus.internal.CompactMap;
import io.jdbus.types.DictType;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * A decoded dict that stays a view over its validated bytes until it is first used, then decodes its
 * entries once (keys as values, large containers among the values as views again) and answers from them, in
 * wire order. Unmodifiable and safe to share between threads; equal to any map with equal entries. Made by
 * {@link WireReader#readView}.
 * {@snippet :
 * Map<Object, Object> props = (Map<Object, Object>) reader.readView(Type.of("a{sv}"));   // nothing decoded yet
 * props.get("Powered");                                                                 // entries decoded now
 * }
 */
final class WireMap extends AbstractMap<Object, Object> {
    private final WireSpan span;
    private final DictType type;
    /** Null until first used. Not volatile: the decoded map is published safely by its final fields. */
    private Map<Object, Object> entries;

    WireMap(WireSpan span, DictType type) {
        this.span = span;
        this.type = type;
    }

    private Map<Object, Object> entries() {
        Map<Object, Object> decoded = entries;
        if (decoded == null) {
            // Two threads may both decode; they build equal maps and either may stay.
            Object[] pairs = span.reader().viewEntries(type);
            decoded = CompactMap.adopt(pairs, pairs.length / 2);
            entries = decoded;
        }
        return decoded;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return entries().entrySet();
    }

    @Override
    public int size() {
        return span.isEmpty() ? 0 : entries().size();
    }

    @Override
    public boolean isEmpty() {
        return span.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries().containsKey(key);
    }

    @Override
    public Object get(Object key) {
        return entries().get(key);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || entries().equals(o);
    }

    @Override
    public int hashCode() {
        return entries().hashCode();
    }

    @Override
    public String toString() {
        return entries().toString();
    }
}
