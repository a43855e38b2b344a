package io.jdbus.introspect;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The check that the members of one kind in an interface, the interfaces of a node and its children have distinct
 * names, so that every lookup by name has one answer.
 *
 * {@snippet :
 * List<Method> methods = Unique.byName("method", "interface com.example.X", list, m -> m.name().value());
 * }
 */
final class Unique {
    private Unique() {
    }

    /** An unmodifiable copy of {@code items}, or an exception naming the first name that occurs twice. */
    static <T> List<T> byName(String kind, String owner, List<T> items, Function<T, String> name) {
        List<T> copy = List.copyOf(items);
        if (copy.size() > 1) {
            Set<String> seen = new HashSet<>();
            for (T item : copy) {
                String n = name.apply(item);
                if (!seen.add(n)) {
                    throw new InvalidIntrospectionException(owner + " has two " + kind + "s named " + XmlText.quote(n));
                }
            }
        }
        return copy;
    }
}
