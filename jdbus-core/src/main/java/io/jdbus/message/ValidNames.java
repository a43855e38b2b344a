package io.jdbus.message;

import io.jdbus.names.BusName;
import io.jdbus.names.ErrorName;
import io.jdbus.names.InterfaceName;
import io.jdbus.names.InvalidNameException;
import io.jdbus.names.MemberName;
import io.jdbus.names.ObjectPath;

/**
 * Remembers which header-field strings were already found valid, keyed by the string instance, so that the
 * names a connection sees over and over (decoded through the string cache, hence the same instance) are
 * validated once. Lossy and lock-free: entries are immutable, and a miss only means validating again.
 */
final class ValidNames {
    static final int INTERFACE = 1;
    static final int MEMBER = 2;
    static final int ERROR = 4;
    static final int BUS = 8;

    private static final int SIZE = 1024;
    private static final Entry[] TABLE = new Entry[SIZE];
    private static final ObjectPath[] PATHS = new ObjectPath[SIZE];

    private record Entry(String name, int kinds) {
    }

    private ValidNames() {
    }

    /** The object path of {@code text}, validated once per string instance; throws {@link InvalidNameException}. */
    static ObjectPath path(String text) {
        int slot = text.hashCode() & (SIZE - 1);
        ObjectPath known = PATHS[slot];
        if (known != null && known.value() == text) {
            return known;
        }
        return PATHS[slot] = ObjectPath.of(text);
    }

    /** {@code name} after checking it is a valid name of {@code kind}; throws {@link InvalidNameException} citing the rule. */
    static String require(String name, int kind) {
        if (!isValid(name, kind)) {
            switch (kind) {
                case INTERFACE -> InterfaceName.of(name);
                case MEMBER -> MemberName.of(name);
                case ERROR -> ErrorName.of(name);
                default -> BusName.of(name);
            }
        }
        return name;
    }

    static boolean isValid(String name, int kind) {
        int slot = name.hashCode() & (SIZE - 1);
        Entry e = TABLE[slot];
        if (e != null && e.name == name && (e.kinds & kind) != 0) {
            return true;
        }
        boolean valid = switch (kind) {
            case INTERFACE -> InterfaceName.isValid(name);
            case MEMBER -> MemberName.isValid(name);
            case ERROR -> ErrorName.isValid(name);
            default -> BusName.isValid(name);
        };
        if (valid) {
            TABLE[slot] = new Entry(name, (e != null && e.name == name ? e.kinds : 0) | kind);
        }
        return valid;
    }
}
