package io.jdbus.guidance;

import io.jdbus.types.Signature;
import io.jdbus.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parsed, validated variant guidance (pydbus's): which types to try, in order, for each {@code v} of a method's
 * input signature instead of inferring one from the Java value. Immutable.
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
 * VariantGuidance.parse(",s").alternatives(0);              // []: the first v is inferred
 * }
 *
 * @see GuidedArguments#prepare
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#container-types">Variants</a>
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
     * Parses {@code text}; the empty text is {@link #NONE}.
     *
     * @throws InvalidGuidanceException naming the entry, the alternative and what is wrong with it
     */
    public static VariantGuidance parse(String text) {
        Objects.requireNonNull(text, "guidance");
        return text.isEmpty() ? NONE : new VariantGuidance(text, GuidanceParser.parse(text));
    }

    /**
     * The guidance of a whole method from guidance per argument (a typed proxy's parameter annotations):
     * each argument's entries in turn, counted over that argument's {@code v}s only, and inference for the
     * {@code v}s of arguments without guidance ({@code null} or {@link #NONE}).
     * {@snippet :
     * VariantGuidance.combine(Signature.of("a{sv}iav"), List.of(VariantGuidance.parse("u"), VariantGuidance.NONE,
     *         VariantGuidance.parse("s")));   // "u,s"
     * }
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
                throw new InvalidGuidanceException(g.text, slots + 1, 0, "is beyond the last v of argument " + (i + 1)
                        + " (" + types.get(i).signature() + "), which has " + positions(slots));
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

    /**
     * Checks that this guidance fits a method's input signature: it has no more entries than {@code in} has
     * {@code v}s. {@link GuidedArguments#prepare} checks it on every call; a proxy may check it once, when the
     * guidance is given.
     *
     * @throws InvalidGuidanceException naming the first entry beyond the last {@code v}
     */
    public void checkFits(Signature in) {
        int slots = 0;
        for (Type t : in.types()) {
            slots += VariantSlots.count(t);
        }
        if (entries.size() > slots) {
            throw new InvalidGuidanceException(text, slots + 1, 0, "is beyond the last v: signature \"" + in
                    + "\" has " + positions(slots));
        }
    }

    private static String positions(int n) {
        return n == 1 ? "1 variant position" : n + " variant positions";
    }

    /** The number of entries, empty ones included. */
    public int size() {
        return entries.size();
    }

    /** The types to try for the k-th {@code v} (from 0), in order; empty for inference, also beyond the last entry. */
    public List<Type> alternatives(int k) {
        return k >= 0 && k < entries.size() ? entries.get(k) : List.of();
    }

    /** Every entry's alternatives, in order; an empty list means inference. */
    public List<List<Type>> entries() {
        return entries;
    }

    /** Whether nothing is guided (no entries, or only empty ones). */
    public boolean isEmpty() {
        return entries.stream().allMatch(List::isEmpty);
    }

    /** Equal when every entry has the same alternatives in the same order ({@code a/b.c} equals {@code ac/bc}). */
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
