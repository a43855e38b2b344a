package io.jdbus.cli.args;

import java.util.Locale;
import java.util.Set;

/**
 * Booleans as systemd's {@code parse_boolean} reads them: {@code 1 yes y true t on} and
 * {@code 0 no n false f off}, case-insensitive, nothing else (no surrounding spaces).
 *
 * {@snippet :
 * CBoolean.parse("Yes");    // true
 * CBoolean.parse("off");    // false
 * CBoolean.parse("maybe");  // null
 * }
 */
public final class CBoolean {
    private static final Set<String> TRUE = Set.of("1", "yes", "y", "true", "t", "on");
    private static final Set<String> FALSE = Set.of("0", "no", "n", "false", "f", "off");

    private CBoolean() {
    }

    /** The boolean {@code text} names, or {@code null} when it names none. */
    public static Boolean parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(lower)) {
            return Boolean.FALSE;
        }
        return null;
    }
}
