package io.jdbus.wire;

import io.jdbus.internal.ImmutableList;
import io.jdbus.types.Type;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;

/**
 * A decoded array of variable-size elements that stays a view over its validated bytes until it is first
 * used, then decodes its elements once (containers among them are views again) and answers from them.
 * Unmodifiable and safe to share between threads; equal to any list with equal elements. Made by
 * {@link WireReader#readView}.
 * {@snippet :
 * List<Object> names = (List<Object>) reader.readView(Type.of("as"));   // nothing decoded yet
 * names.get(0);                                                         // all strings decoded now
 * }
 */
final class WireList extends AbstractList<Object> implements RandomAccess {
    private final byte[] buf;
    private final int base;
    private final int start;
    private final int end;
    private final Endian endian;
    private final int unixFds;
    private final int smallContainer;
    private final Type element;
    /** Null until first used. Not volatile: the decoded collection is published safely by its final fields. */
    private List<Object> items;

    WireList(byte[] buf, int base, int start, int end, Endian endian, int unixFds, Type element, int smallContainer) {
        this.buf = buf;
        this.base = base;
        this.start = start;
        this.end = end;
        this.endian = endian;
        this.unixFds = unixFds;
        this.smallContainer = smallContainer;
        this.element = element;
    }

    private List<Object> items() {
        List<Object> decoded = items;
        if (decoded == null) {
            // Two threads may both decode; they build equal lists and either may stay.
            decoded = ImmutableList.adopt(new WireReader(buf, base, start, end, endian, unixFds).smallContainer(smallContainer)
                    .viewElements(element));
            items = decoded;
        }
        return decoded;
    }

    @Override
    public Object get(int index) {
        return items().get(index);
    }

    @Override
    public int size() {
        return start == end ? 0 : items().size();
    }

    @Override
    public boolean isEmpty() {
        return start == end;
    }

    @Override
    public Iterator<Object> iterator() {
        return items().iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || items().equals(o);
    }

    @Override
    public int hashCode() {
        return items().hashCode();
    }
}
