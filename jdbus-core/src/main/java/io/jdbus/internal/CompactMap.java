package io.jdbus.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The unmodifiable, insertion-ordered map that decoded dicts become: keys and values in two arrays,
 * looked up by a linear scan while small and through a hash index once larger. Cheaper to build than a
 * {@code LinkedHashMap}, which matters because most D-Bus dicts are small ({@code a{sv}} of a few
 * properties). A later duplicate key replaces the earlier value in place, as a map would. Not exported.
 *
 * {@snippet :
 * Map<String, Object> props = CompactMap.adopt(new Object[] {"Name", "disk", "Size", 42L}, 2);
 * props.get("Size");   // 42L; props.put(...) throws UnsupportedOperationException
 * }
 */
public final class CompactMap<K, V> extends AbstractMap<K, V> {
    private static final int LINEAR = 8;

    private final Object[] keys;
    private final Object[] values;
    private final int size;
    private final HashMap<Object, Integer> index;

    private CompactMap(Object[] keys, Object[] values, int size, HashMap<Object, Integer> index) {
        this.keys = keys;
        this.values = values;
        this.size = size;
        this.index = index;
    }

    /**
     * A map over {@code entries} (key, value, key, value, ...; {@code count} entries), which the caller hands
     * over and never changes again. A later duplicate key replaces the earlier value in its place.
     */
    public static <K, V> Map<K, V> adopt(Object[] entries, int count) {
        if (count > LINEAR) {
            Builder b = new Builder();
            for (int i = 0; i < count; i++) {
                b.put(entries[2 * i], entries[2 * i + 1]);
            }
            return b.build();
        }
        Object[] keys = new Object[count];
        Object[] values = new Object[count];
        int size = 0;
        for (int i = 0; i < count; i++) {
            Object key = entries[2 * i];
            int at = -1;
            int h = key.hashCode();
            for (int j = 0; j < size; j++) {
                if (keys[j] == key || (keys[j].hashCode() == h && keys[j].equals(key))) {
                    at = j;
                    break;
                }
            }
            if (at >= 0) {
                values[at] = entries[2 * i + 1];
            } else {
                keys[size] = key;
                values[size++] = entries[2 * i + 1];
            }
        }
        return new CompactMap<>(keys, values, size, null);
    }

    /** Collects entries in wire order; each {@code put} must come with a non-null key and value. */
    public static final class Builder {
        private Object[] keys;
        private Object[] values;
        private int size;
        private HashMap<Object, Integer> index;

        /** A builder for a few entries. */
        public Builder() {
            this(4);
        }

        /** A builder with room for {@code expected} entries before it grows. */
        public Builder(int expected) {
            keys = new Object[Math.max(1, expected)];
            values = new Object[keys.length];
        }

        /** Adds an entry; a key seen before keeps its place and takes the new value. */
        public void put(Object key, Object value) {
            add(key, value);
        }

        /** Adds an entry and answers {@code true}; for a key seen before, replaces its value and answers {@code false}. */
        public boolean add(Object key, Object value) {
            int at = find(key);
            if (at >= 0) {
                values[at] = value;
                return false;
            }
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size] = value;
            if (index != null) {
                index.put(key, size);
            } else if (size + 1 > LINEAR) {
                index = HashMap.newHashMap(size * 2);
                for (int i = 0; i <= size; i++) {
                    index.put(keys[i], i);
                }
            }
            size++;
            return true;
        }

        private int find(Object key) {
            if (index != null) {
                Integer at = index.get(key);
                return at == null ? -1 : at;
            }
            int h = key.hashCode();
            for (int i = 0; i < size; i++) {
                Object k = keys[i];
                if (k == key || (k.hashCode() == h && k.equals(key))) {
                    return i;
                }
            }
            return -1;
        }

        /** The map of the entries added so far. */
        public <K, V> Map<K, V> build() {
            return new CompactMap<>(keys, values, size, index);
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int at = indexOf(key);
        return at < 0 ? null : (V) values[at];
    }

    private int indexOf(Object key) {
        if (index != null) {
            Integer at = index.get(key);
            return at == null ? -1 : at;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<K, V> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>((K) keys[i], (V) values[i]);
                    }
                };
            }
        };
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < size; i++) {
            h += Objects.hashCode(keys[i]) ^ Objects.hashCode(values[i]);
        }
        return h;
    }
}
