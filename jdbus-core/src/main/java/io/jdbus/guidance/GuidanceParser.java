package io.jdbus.guidance;

import io.jdbus.types.InvalidSignatureException;
import io.jdbus.types.Signature;
import io.jdbus.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses guidance text by its grammar, {@code <vinfo>[,<vinfo>]*} with
 * {@code <vinfo> ::= <sig>[/<sig>]*[.<tail>]}: entries split at {@code ,}, alternatives at {@code /}, one
 * optional tail after a {@code .} appended to every alternative, each result one complete type. None of
 * {@code , / .} can occur in a signature, so splitting first and validating after is exact.
 */
final class GuidanceParser {
    private GuidanceParser() {
    }

    /** The entries of {@code text}, each its alternatives in order (empty for inference). */
    static List<List<Type>> parse(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String[] vinfos = text.split(",", -1);
        List<List<Type>> entries = new ArrayList<>(vinfos.length);
        for (int k = 0; k < vinfos.length; k++) {
            entries.add(entry(text, k + 1, vinfos[k]));
        }
        return List.copyOf(entries);
    }

    private static List<Type> entry(String text, int k, String vinfo) {
        if (vinfo.isEmpty()) {
            return List.of();
        }
        int dot = vinfo.indexOf('.');
        String head = dot < 0 ? vinfo : vinfo.substring(0, dot);
        String tail = dot < 0 ? "" : vinfo.substring(dot + 1);
        if (tail.indexOf('.') >= 0) {
            throw new InvalidGuidanceException(text, k, 0, "has more than one \".\" (one tail per entry)");
        }
        if (dot >= 0 && tail.isEmpty()) {
            throw new InvalidGuidanceException(text, k, 0, "has an empty tail after \".\"");
        }
        String[] alternatives = head.split("/", -1);
        List<Type> types = new ArrayList<>(alternatives.length);
        for (int a = 0; a < alternatives.length; a++) {
            if (alternatives[a].isEmpty()) {
                throw new InvalidGuidanceException(text, k, a + 1, "is empty");
            }
            types.add(single(text, k, a + 1, alternatives[a] + tail));
        }
        return List.copyOf(types);
    }

    private static Type single(String text, int k, int a, String sig) {
        Signature s;
        try {
            s = Signature.of(sig);
        } catch (InvalidSignatureException e) {
            throw new InvalidGuidanceException(text, k, a, quote(sig) + " is not a valid signature: " + e.getMessage());
        }
        if (!s.isSingle()) {
            throw new InvalidGuidanceException(text, k, a, quote(sig) + " is " + s.types().size()
                    + " types; a variant holds exactly one");
        }
        return s.single();
    }

    private static String quote(String sig) {
        return "\"" + (sig.length() > 64 ? sig.substring(0, 64) + "..." : sig) + "\"";
    }
}
