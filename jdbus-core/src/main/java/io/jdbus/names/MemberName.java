package io.jdbus.names;

import java.util.Objects;

/**
 * A validated D-Bus member name: the name of a method or a signal, such as {@code Frobate}. Property names
 * usually follow the same rules but need not ({@link PropertyName}).
 *
 * <p>A member name is 1 to 255 characters of {@code [A-Za-z0-9_]}, does not start with a digit, and has no
 * {@code '.'}.
 *
 * {@snippet :
 * MemberName frobate = MemberName.of("Frobate");
 * MemberName.isValid("com.example.Frobate");  // false: a member name has no '.'
 * MemberName.isValid("2Frobate");             // false: starts with a digit
 * }
 *
 * @param value the name text
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-names-member">Member names</a>
 */
public record MemberName(String value) {
    /** Validates {@code value}; throws {@link InvalidNameException} citing the rule broken. */
    public MemberName {
        Objects.requireNonNull(value, "member name");
        String why = NameRules.member(value);
        if (why != null) {
            throw NameRules.invalid("member name", value, why);
        }
    }

    /**
     * Parses {@code value} as a member name.
     *
     * @throws InvalidNameException if {@code value} is not a valid member name
     * @throws NullPointerException if {@code value} is null
     */
    public static MemberName of(String value) {
        return new MemberName(value);
    }

    /** Whether {@code value} is a valid member name; {@code false} for {@code null}. */
    public static boolean isValid(String value) {
        return value != null && NameRules.member(value) == null;
    }

    /** The name text. */
    @Override
    public String toString() {
        return value;
    }
}
