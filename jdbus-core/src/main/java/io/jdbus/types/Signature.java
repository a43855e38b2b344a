package io.jdbus.types;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A validated D-Bus signature: a sequence of zero or more complete types, parsed once and cached.
 *
 * {@snippet :
 * Signature sig = Signature.of("sa{sv}as");
 * sig.types().size();        // 3
 * sig.types().get(1);        // DictType a{sv}
 * Signature.isValid("a{vs}"); // false: a dict key must be basic
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-signatures">Signatures</a>
 */
public final class Signature {
    /** The empty signature (no values). */
    public static final Signature EMPTY = new Signature("", List.of());

    private static final int CACHE_LIMIT = 4096;
    private static final ConcurrentHashMap<String, Signature> CACHE = new ConcurrentHashMap<>();

    private final String text;
    private final List<Type> types;
    /** The one type when there is exactly one, else null: a variant's signature is asked for it on every read. */
    private final Type single;

    private Signature(String text, List<Type> types) {
        this.text = text;
        this.types = types;
        this.single = types.size() == 1 ? types.getFirst() : null;
    }

    /** Parses {@code text}, or throws {@link InvalidSignatureException} citing the rule broken. */
    public static Signature of(String text) {
        Objects.requireNonNull(text, "signature");
        Signature cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        if (text.isEmpty()) {
            return EMPTY;
        }
        Signature parsed = new Signature(text, List.copyOf(SignatureParser.parse(text)));
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.putIfAbsent(text, parsed);
        }
        return parsed;
    }

    /** The signature made of {@code types}, in order. */
    public static Signature of(Type... types) {
        StringBuilder sb = new StringBuilder();
        for (Type t : types) {
            sb.append(t.signature());
        }
        return of(sb.toString());
    }

    /** The signature made of {@code types}, in order. */
    public static Signature of(List<? extends Type> types) {
        return of(types.toArray(Type[]::new));
    }

    /** Whether {@code text} is a valid signature. */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        try {
            of(text);
            return true;
        } catch (InvalidSignatureException e) {
            return false;
        }
    }

    /** The complete types of this signature, in order. */
    public List<Type> types() {
        return types;
    }

    /** Whether this signature has no types. */
    public boolean isEmpty() {
        return types.isEmpty();
    }

    /** The one complete type of this signature; throws when there are zero or several. */
    public Type single() {
        if (single == null) {
            throw new InvalidSignatureException("signature \"" + text + "\" is not a single complete type (it has "
                    + types.size() + ")");
        }
        return single;
    }

    /** Whether this signature is exactly one complete type. */
    public boolean isSingle() {
        return single != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && s.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The signature text. */
    @Override
    public String toString() {
        return text;
    }
}
