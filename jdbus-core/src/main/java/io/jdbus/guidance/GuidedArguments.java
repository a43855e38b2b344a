package io.jdbus.guidance;

import io.jdbus.types.InvalidValueException;
import io.jdbus.types.Signature;
import io.jdbus.types.Type;
import io.jdbus.types.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Prepares a method's arguments for encoding under variant guidance: the entry point every caller uses (per
 * call, per method of a proxy, typed proxy parameters). Converters first, then each {@code v} position becomes a
 * {@link io.jdbus.types.Variant} whose type is the guidance's first alternative that fits every value at that
 * position (or the inferred type without guidance), then the whole argument is converted by the type table.
 *
 * <p>A {@code Variant} the caller passes is used as is. With several guided {@code v}s in one argument,
 * combinations are tried leftmost slowest, at most {@link #MAX_COMBINATIONS} per argument. When nothing
 * fits, the error lists why each alternative failed.
 * {@snippet :
 * List<Object> args = GuidedArguments.prepare(Signature.of("ava{sv}"),
 *         List.of(List.of(1, 2), Map.of("k", "x")), VariantGuidance.parse("u/s,s/(i)"), Converters.NONE);
 * // [[<u 1>, <u 2>], {"k": <s "x">}]
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#container-types">Variants</a>
 */
public final class GuidedArguments {
    /** The most combinations of alternatives tried for one argument; more is refused before any is tried. */
    public static final int MAX_COMBINATIONS = 4096;

    /** The most failed combinations an error lists one by one; the rest are counted. */
    static final int MAX_LISTED = 8;

    private GuidedArguments() {
    }

    /**
     * {@code args} converted to the decoded forms of {@code in}, one argument per type, every {@code v} position
     * holding a {@link io.jdbus.types.Variant}: ready to encode, as {@link Values#coerceArguments} returns them.
     *
     * @param in the method's input signature
     * @param args the Java values, one per complete type of {@code in}
     * @param guidance the guidance; {@link VariantGuidance#NONE} infers every {@code v}
     * @param converters the custom converters; {@link Converters#NONE} for none
     * @throws InvalidValueException when an argument does not fit (positioned: {@code argument N (sig) → ...}),
     *         listing why each alternative failed where guidance was given
     * @throws InvalidGuidanceException when the guidance has more entries than {@code in} has {@code v}s, or an
     *         argument has more combinations than {@link #MAX_COMBINATIONS}
     */
    public static List<Object> prepare(Signature in, List<?> args, VariantGuidance guidance, Converters converters) {
        List<Type> types = in.types();
        if (args.size() != types.size()) {
            throw new InvalidValueException(args.size() + " arguments given, signature \"" + in + "\" takes "
                    + types.size());
        }
        guidance.checkFits(in);
        Object[] out = new Object[types.size()];
        int base = 0;
        for (int i = 0; i < out.length; i++) {
            Type t = types.get(i);
            try {
                Object value = args.get(i);
                UnaryOperator<Object> converter = converters.isEmpty() ? null : converters.find(i, Signature.of(t))
                        .orElse(null);
                if (converter != null) {
                    value = converter.apply(value);
                }
                out[i] = argument(t, value, guidance, base);
            } catch (InvalidValueException e) {
                throw e.within("argument " + (i + 1) + " (" + t.signature() + ")");
            }
            base += VariantSlots.count(t);
        }
        return List.of(out);
    }

    /** One argument: every combination of its guided slots' alternatives in turn, leftmost slowest. */
    private static Object argument(Type type, Object value, VariantGuidance guidance, int base) {
        int n = VariantSlots.count(type);
        List<List<Type>> choices = new ArrayList<>(n);
        int guided = 0;
        long combinations = 1;
        for (int s = 0; s < n; s++) {
            List<Type> alternatives = guidance.alternatives(base + s);
            choices.add(alternatives);
            if (!alternatives.isEmpty()) {
                guided++;
                combinations *= alternatives.size();
                if (combinations > MAX_COMBINATIONS) {
                    throw new InvalidGuidanceException(guidance.toString(), base + s + 1, 0, "makes more than "
                            + MAX_COMBINATIONS + " combinations of alternatives for one argument ("
                            + type.signature() + ")");
                }
            }
        }
        if (guided == 0) {
            return Values.coerce(type, value);   // nothing guided: the type table's inference
        }
        int[] pick = new int[n];
        Type[] chosen = new Type[n];
        boolean[] guidedMiss = new boolean[1];
        List<InvalidValueException> failures = new ArrayList<>();
        for (long c = 0; c < combinations; c++) {
            for (int s = 0; s < n; s++) {
                chosen[s] = choices.get(s).isEmpty() ? null : choices.get(s).get(pick[s]);
            }
            guidedMiss[0] = false;
            try {
                return Values.coerce(type, VariantSlots.apply(type, value, chosen, 0, guidedMiss));
            } catch (InvalidValueException e) {
                if (!guidedMiss[0]) {
                    throw e;   // a value where guidance decides nothing: no combination can fit
                }
                failures.add(e);
            }
            for (int s = n - 1; s >= 0; s--) {   // rightmost fastest
                if (!choices.get(s).isEmpty() && ++pick[s] < choices.get(s).size()) {
                    break;
                }
                pick[s] = 0;
            }
        }
        throw GuidanceFailure.of(choices, base, guided, failures);
    }
}
