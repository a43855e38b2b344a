package io.jdbus.guidance;

import io.jdbus.types.InvalidSignatureException;
import io.jdbus.types.Signature;
import io.jdbus.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parsed variant guidance (pydbus's): which types to try, in order, for each {@code v} of a method's input
 * signature instead of inferring one from the Java value.
 *
 * <p>Grammar: {@code <vinfo>[,<vinfo>]*}, {@code <vinfo> ::= <sig>[/<sig>]*[.<tail>]}, where {@code a/b.xyz}
 * means {@code axyz/bxyz}. Each alternative, tail appended, must be one complete type. The k-th entry
 * applies to the k-th {@code v} of the input signature, counted left to right across all arguments, nested
 * {@code v}s included ({@code ava{sv}} has two). An empty entry, or a missing one, means inference.
 * {@snippet :
 * VariantGuidance g = VariantGuidance.parse("u/s,s/(i)");
 * g.alternatives(0);   // [u, s]
 * g.alternatives(1);   // [s, (i)]
 * VariantGuidance.parse("(uu/(iii.ss)").alternatives(0);   // [(uuss), (iiiss)]
 * }
 */
public final class VariantGuidance {
    /** No guidance: every {@code v} is inferred. */
    public static final VariantGuidance NONE = new VariantGuidance("", List.of());

    private final String text;
    private final List<List<Type>> entries;

    private VariantGuidance(String text, List<List<Type>> entries) {
        this.text = text;
        this.entries = entries;
    }

    /**
     * Parses {@code text}.
     *
     * @throws InvalidGuidanceException naming the entry, the alternative and what is wrong with it
     */
    public static VariantGuidance parse(String text) {
        Objects.requireNonNull(text, "guidance");
        if (text.isEmpty()) {
            return NONE;
        }
        List<List<Type>> entries = new ArrayList<>();
        String[] vinfos = text.split(",", -1);
        for (int k = 0; k < vinfos.length; k++) {
            entries.add(entry(text, k, vinfos[k]));
        }
        return new VariantGuidance(text, List.copyOf(entries));
    }

    private static List<Type> entry(String text, int k, String vinfo) {
        if (vinfo.isEmpty()) {
            return List.of();
        }
        int dot = vinfo.indexOf('.');
        String head = dot < 0 ? vinfo : vinfo.substring(0, dot);
        String tail = dot < 0 ? "" : vinfo.substring(dot + 1);
        if (tail.indexOf('.') >= 0) {
            throw problem(text, k, "has more than one \".\" (one tail per entry)");
        }
        String[] alternatives = head.split("/", -1);
        List<Type> types = new ArrayList<>(alternatives.length);
        for (int a = 0; a < alternatives.length; a++) {
            String sig = alternatives[a] + tail;
            String which = "alternative " + (a + 1) + " \"" + sig + "\"";
            if (alternatives[a].isEmpty()) {
                throw problem(text, k, "alternative " + (a + 1) + " is empty");
            }
            Signature s;
            try {
                s = Signature.of(sig);
            } catch (InvalidSignatureException e) {
                throw problem(text, k, which + " is not a valid signature: " + e.getMessage());
            }
            if (!s.isSingle()) {
                throw problem(text, k, which + " is " + s.types().size() + " types; a variant holds exactly one");
            }
            types.add(s.single());
        }
        return List.copyOf(types);
    }

    /**
     * The guidance of a whole method from guidance per argument (a typed proxy's parameter annotations):
     * each argument's entries in turn, and inference for the {@code v}s of arguments without guidance.
     *
     * @throws InvalidGuidanceException when an argument's guidance has more entries than it has {@code v}s
     */
    public static VariantGuidance combine(Signature signature, List<VariantGuidance> perArgument) {
        List<Type> types = signature.types();
        if (perArgument.size() != types.size()) {
            throw new IllegalArgumentException(perArgument.size() + " argument guidances for signature \"" + signature
                    + "\" of " + types.size() + " arguments");
        }
        List<List<Type>> entries = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            int slots = VariantSlots.count(types.get(i));
            VariantGuidance g = perArgument.get(i) == null ? NONE : perArgument.get(i);
            if (g.size() > slots) {
                throw new InvalidGuidanceException("variant guidance \"" + g + "\" of argument " + (i + 1) + " ("
                        + types.get(i).signature() + ") has " + g.size() + " entries for " + slots + " variant positions");
            }
            String[] parts = g.text.isEmpty() ? new String[0] : g.text.split(",", -1);
            for (int k = 0; k < slots; k++) {
                entries.add(g.alternatives(k));
                text.add(k < parts.length ? parts[k] : "");
            }
        }
        return entries.stream().allMatch(List::isEmpty) ? NONE
                : new VariantGuidance(String.join(",", text), List.copyOf(entries));
    }

    private static InvalidGuidanceException problem(String text, int k, String why) {
        return new InvalidGuidanceException("variant guidance \"" + text + "\": entry " + (k + 1) + " " + why);
    }

    /** The number of entries, empty ones included. */
    public int size() {
        return entries.size();
    }

    /** The types to try for the k-th {@code v} (from 0), in order; empty for inference. */
    public List<Type> alternatives(int k) {
        return k < entries.size() ? entries.get(k) : List.of();
    }

    /** Whether nothing is guided. */
    public boolean isEmpty() {
        return entries.stream().allMatch(List::isEmpty);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VariantGuidance g && g.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** The text it was parsed from. */
    @Override
    public String toString() {
        return text;
    }
}
