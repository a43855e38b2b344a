package io.jdbus.wire;

import io.jdbus.internal.ImmutableList;
import io.jdbus.types.Type;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;

/**
 * A decoded array of variable-size elements that stays a view over its validated bytes until it is first
 * used, then decodes its elements once (large containers among them are views again) and answers from them.
 * Unmodifiable and safe to share between threads; equal to any list with equal elements. Made by
 * {@link WireReader#readView}.
 * {@snippet :
 * List<Object> names = (List<Object>) reader.readView(Type.of("as"));   // nothing decoded yet
 * names.get(0);                                                         // all strings decoded now
 * }
 */
final class WireList extends AbstractList<Object> implements RandomAccess {
    private final WireSpan span;
    private final Type element;
    /** Null until first used. Not volatile: the decoded list is published safely by its final fields. */
    private List<Object> items;

    WireList(WireSpan span, Type element) {
        this.span = span;
        this.element = element;
    }

    private List<Object> items() {
        List<Object> decoded = items;
        if (decoded == null) {
            // Two threads may both decode; they build equal lists and either may stay.
            decoded = ImmutableList.adopt(span.reader().viewElements(element));
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
        return span.isEmpty() ? 0 : items().size();
    }

    @Override
    public boolean isEmpty() {
        return span.isEmpty();
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
