package io.jdbus.internal;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The unmodifiable list that decoded arrays and struct fields become: one object over an array that
 * nobody else holds. Not exported.
 *
 * {@snippet :
 * List<String> names = ImmutableList.adopt(new Object[] {"a", "b"});
 * names.get(1);   // "b"; names.add("c") throws UnsupportedOperationException
 * }
 */
public final class ImmutableList<E> extends AbstractList<E> implements RandomAccess {
    private static final ImmutableList<?> EMPTY = new ImmutableList<>(new Object[0]);

    private final Object[] items;

    private ImmutableList(Object[] items) {
        this.items = items;
    }

    /** A list over {@code items}, which the caller hands over and never changes again. */
    @SuppressWarnings("unchecked")
    public static <E> ImmutableList<E> adopt(Object[] items) {
        return items.length == 0 ? (ImmutableList<E>) EMPTY : new ImmutableList<>(items);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) items[index];
    }

    @Override
    public int size() {
        return items.length;
    }
}
