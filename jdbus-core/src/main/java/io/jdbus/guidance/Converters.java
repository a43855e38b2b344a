package io.jdbus.guidance;

import io.jdbus.types.Signature;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Custom argument converters (pydbus's {@code _match_to_function}): a function applied to one argument's
 * Java value before guidance and encoding, registered for the argument's index (from 0) and its declared
 * signature, so that it applies only while the method's signature stays what it was written against.
 * Immutable; {@link #with} returns a copy.
 *
 * <p>The converter runs once per argument, before guidance, and guidance then chooses among the alternatives
 * for the converted value. A converter that throws {@link io.jdbus.types.InvalidValueException} has its error
 * positioned at the argument; any other exception propagates unchanged.
 * {@snippet :
 * Converters c = Converters.NONE.with(0, "s", v -> v instanceof java.nio.file.Path p ? p.toString() : v);
 * GuidedArguments.prepare(Signature.of("sv"), List.of(Path.of("/tmp"), 5), VariantGuidance.NONE, c);
 * }
 *
 * <p>The functions are called on the caller's thread, possibly from several threads at once.
 *
 * @see GuidedArguments#prepare
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#type-system">Type system</a>
 */
public final class Converters {
    /** No converters. */
    public static final Converters NONE = new Converters(Map.of());

    private record Key(int index, Signature signature) {
    }

    private final Map<Key, UnaryOperator<Object>> functions;

    private Converters(Map<Key, UnaryOperator<Object>> functions) {
        this.functions = functions;
    }

    /**
     * A copy that converts argument {@code index} (from 0) with {@code function} when that argument's declared
     * signature is {@code signature} (one complete type), replacing any converter for the same index and signature.
     *
     * @throws IllegalArgumentException when {@code index} is negative or {@code signature} is not one complete type
     */
    public Converters with(int index, String signature, UnaryOperator<Object> function) {
        if (index < 0) {
            throw new IllegalArgumentException("argument index must not be negative: " + index);
        }
        Signature s = Signature.of(signature);
        if (!s.isSingle()) {
            throw new IllegalArgumentException("a converter is for one argument, and \"" + signature + "\" is "
                    + s.types().size() + " types");
        }
        Map<Key, UnaryOperator<Object>> copy = new HashMap<>(functions);
        copy.put(new Key(index, s), Objects.requireNonNull(function, "function"));
        return new Converters(Map.copyOf(copy));
    }

    /** The converter for argument {@code index} of declared signature {@code signature}, if one is registered. */
    public Optional<UnaryOperator<Object>> find(int index, Signature signature) {
        return Optional.ofNullable(functions.get(new Key(index, signature)));
    }

    @Override
    public String toString() {
        return functions.keySet().stream().sorted(java.util.Comparator.comparingInt(Key::index)
                .thenComparing(k -> k.signature().toString()))
                .map(k -> k.index() + ":" + k.signature()).collect(java.util.stream.Collectors.joining(", ",
                        "Converters[", "]"));
    }

    /** Whether no converter is registered. */
    public boolean isEmpty() {
        return functions.isEmpty();
    }
}
