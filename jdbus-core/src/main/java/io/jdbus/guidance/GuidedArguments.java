package io.jdbus.guidance;

import io.jdbus.types.InvalidValueException;
import io.jdbus.types.Signature;
import io.jdbus.types.Type;
import io.jdbus.types.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepares a method's arguments for encoding under variant guidance: converters first, then each {@code v}
 * position becomes a {@link io.jdbus.types.Variant} whose type is the guidance's first alternative that
 * fits every value at that position (or the inferred type without guidance), then the whole argument is
 * converted by the type table.
 *
 * <p>A {@code Variant} the caller passes is used as is. With several guided {@code v}s in one argument,
 * combinations are tried leftmost slowest, at most {@link #MAX_COMBINATIONS} per argument. When nothing
 * fits, the error lists why each alternative failed.
 * {@snippet :
 * List<Object> args = GuidedArguments.prepare(Signature.of("ava{sv}"),
 *         List.of(List.of(1, 2), Map.of("k", "x")), VariantGuidance.parse("u/s,s/(i)"), Converters.NONE);
 * // [[Variant(u, 1), Variant(u, 2)], {"k": Variant(s, "x")}]
 * }
 */
public final class GuidedArguments {
    /** The most alternatives combinations tried for one argument. */
    public static final int MAX_COMBINATIONS = 4096;

    private GuidedArguments() {
    }

    /**
     * {@code args} ready to encode with {@code signature}.
     *
     * @throws InvalidValueException when an argument does not fit (positioned: {@code argument N (sig) → ...})
     * @throws InvalidGuidanceException when the guidance has more entries than the signature has {@code v}s, or
     *         an argument has more combinations than {@link #MAX_COMBINATIONS}
     */
    public static List<Object> prepare(Signature signature, List<?> args, VariantGuidance guidance, Converters converters) {
        List<Type> types = signature.types();
        if (args.size() != types.size()) {
            throw new InvalidValueException(args.size() + " arguments given, signature \"" + signature + "\" takes "
                    + types.size());
        }
        int slots = 0;
        for (Type t : types) {
            slots += VariantSlots.count(t);
        }
        if (guidance.size() > slots) {
            throw new InvalidGuidanceException("variant guidance \"" + guidance + "\" has " + guidance.size()
                    + " entries, but signature \"" + signature + "\" has " + slots + " variant positions");
        }
        List<Object> out = new ArrayList<>(args.size());
        int base = 0;
        for (int i = 0; i < types.size(); i++) {
            Type t = types.get(i);
            Object value = args.get(i);
            var converter = converters.find(i, Signature.of(t));
            if (converter.isPresent()) {
                value = converter.get().apply(value);
            }
            try {
                out.add(argument(t, value, guidance, base));
            } catch (InvalidValueException e) {
                throw e.within("argument " + (i + 1) + " (" + t.signature() + ")");
            }
            base += VariantSlots.count(t);
        }
        return List.copyOf(out);
    }

    /** One argument: every combination of its guided slots' alternatives in turn, leftmost slowest. */
    private static Object argument(Type type, Object value, VariantGuidance guidance, int base) {
        int n = VariantSlots.count(type);
        List<List<Type>> choices = new ArrayList<>(n);
        long combinations = 1;
        for (int s = 0; s < n; s++) {
            List<Type> alternatives = guidance.alternatives(base + s);
            choices.add(alternatives);
            combinations *= Math.max(1, alternatives.size());
            if (combinations > MAX_COMBINATIONS) {
                throw new InvalidGuidanceException("variant guidance \"" + guidance + "\" gives more than "
                        + MAX_COMBINATIONS + " combinations of alternatives for one argument");
            }
        }
        if (combinations == 1 && choices.stream().allMatch(List::isEmpty)) {
            return Values.coerce(type, value);   // nothing guided: the type table's inference
        }
        int[] pick = new int[n];
        List<String> failures = new ArrayList<>();
        for (long c = 0; c < combinations; c++) {
            Type[] chosen = new Type[n];
            for (int s = 0; s < n; s++) {
                chosen[s] = choices.get(s).isEmpty() ? null : choices.get(s).get(pick[s]);
            }
            try {
                return Values.coerce(type, VariantSlots.apply(type, value, chosen, 0));
            } catch (InvalidValueException e) {
                failures.add(describe(chosen) + ": " + e.getMessage());
            }
            for (int s = n - 1; s >= 0; s--) {   // rightmost fastest
                if (!choices.get(s).isEmpty() && ++pick[s] < choices.get(s).size()) {
                    break;
                }
                pick[s] = 0;
            }
        }
        if (failures.size() == 1) {
            throw new InvalidValueException("under guidance " + failures.getFirst());
        }
        throw new InvalidValueException("no guided alternative fits: " + String.join("; ", failures));
    }

    private static String describe(Type[] chosen) {
        List<String> parts = new ArrayList<>();
        for (Type t : chosen) {
            parts.add(t == null ? "inferred" : "v as " + t.signature());
        }
        return String.join(", ", parts);
    }
}
