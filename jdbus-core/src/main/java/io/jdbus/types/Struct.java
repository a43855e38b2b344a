package io.jdbus.types;

import io.jdbus.internal.ImmutableList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable D-Bus struct value: its fields as a list.
 *
 * {@snippet :
 * Struct s = Struct.of(1, 2, 3);       // fits (iiu) when encoded
 * s.get(0);                            // 1
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#container-types">Container types</a>
 */
public final class Struct {
    private final List<Object> fields;

    private Struct(List<Object> fields) {
        this.fields = fields;
    }

    /** A struct of {@code fields}; there must be at least one and none may be {@code null}. */
    public static Struct of(Object... fields) {
        return of(Arrays.asList(fields));
    }

    /**
     * A struct of a record's components, in declaration order (as the type table encodes a record).
     *
     * @throws InvalidValueException when a component cannot be read or is {@code null}
     */
    public static Struct ofRecord(Record record) {
        List<Object> fields = Coercion.recordFields(record);
        if (fields.isEmpty() || fields.contains(null)) {
            throw new InvalidValueException("record " + record.getClass().getName()
                    + " has no components or a null one, so it is no struct");
        }
        return of(fields);
    }

    /** A struct of {@code fields}; there must be at least one and none may be {@code null}. */
    public static Struct of(List<?> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a struct must have at least one field");
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i) == null) {
                throw new IllegalArgumentException("struct field " + i + " is null");
            }
        }
        return new Struct(ImmutableList.adopt(fields.toArray()));
    }

    /** Wraps an array the caller hands over and never touches again (the codec's fast path). */
    static Struct adopt(Object[] fields) {
        return new Struct(ImmutableList.adopt(fields));
    }

    /** The fields, in order, unmodifiable. */
    public List<Object> fields() {
        return fields;
    }

    /** The field at {@code index}. */
    public Object get(int index) {
        return fields.get(index);
    }

    /** The number of fields. */
    public int size() {
        return fields.size();
    }

    /** Equal when the fields are equal, arrays ({@code byte[]}) compared by content. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Struct s && Values.deepEquals(fields, s.fields);
    }

    @Override
    public int hashCode() {
        return Values.deepHashCode(fields);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            ValueText.append(sb, null, fields.get(i));
        }
        return sb.append(')').toString();
    }
}
