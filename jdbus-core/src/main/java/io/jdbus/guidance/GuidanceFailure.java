package io.jdbus.guidance;

import io.jdbus.types.InvalidValueException;
import io.jdbus.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The one error for an argument that no combination of guided alternatives fits: why each combination failed,
 * in the order they were tried, each with the position of the value that did not fit.
 *
 * <p>Shapes: {@code under guidance v as y: element [0]: 300 (Integer) is out of range for signature y} when there
 * was one combination; {@code no guided alternative fits: v as u: element [1]: ...; v as s: element [0]: ...}
 * otherwise, with {@code v#2 as u, v#3 as s} naming the {@code v}s (counted over the whole method, from 1, as the
 * guidance entries are) when the argument has several guided ones. (A value that does not fit where guidance
 * decides nothing fails every combination alike; {@link GuidedArguments} reports it alone, as it is.)
 */
final class GuidanceFailure {
    private GuidanceFailure() {
    }

    static InvalidValueException of(List<List<Type>> choices, int base, int guided,
            List<InvalidValueException> failures) {
        List<String> labels = labels(choices, base, guided, failures.size());
        if (failures.size() == 1) {
            return new InvalidValueException("under guidance " + labels.getFirst() + ": "
                    + failures.getFirst().getMessage());
        }
        StringBuilder sb = new StringBuilder("no guided alternative fits: ");
        int listed = Math.min(failures.size(), GuidedArguments.MAX_LISTED);
        for (int c = 0; c < listed; c++) {
            sb.append(c == 0 ? "" : "; ").append(labels.get(c)).append(": ").append(failures.get(c).getMessage());
        }
        if (failures.size() > listed) {
            sb.append("; and ").append(failures.size() - listed).append(" more combinations");
        }
        return new InvalidValueException(sb.toString());
    }

    /** The label of each combination, in the order {@link GuidedArguments} tries them (leftmost slowest). */
    private static List<String> labels(List<List<Type>> choices, int base, int guided, int count) {
        int n = choices.size();
        int[] pick = new int[n];
        List<String> out = new ArrayList<>(count);
        for (int c = 0; c < count && c < GuidedArguments.MAX_LISTED; c++) {
            List<String> parts = new ArrayList<>(guided);
            for (int s = 0; s < n; s++) {
                if (!choices.get(s).isEmpty()) {
                    String v = guided == 1 ? "v" : "v#" + (base + s + 1);
                    parts.add(v + " as " + choices.get(s).get(pick[s]).signature());
                }
            }
            out.add(String.join(", ", parts));
            for (int s = n - 1; s >= 0; s--) {
                if (!choices.get(s).isEmpty() && ++pick[s] < choices.get(s).size()) {
                    break;
                }
                pick[s] = 0;
            }
        }
        return out;
    }
}
