package io.jdbus.guidance;

/**
 * Variant guidance that breaks the grammar, or that does not fit the signature it is used with: the message
 * names the guidance text, the entry (the k-th {@code <vinfo>}, from 1), the alternative within it (from 1)
 * and why; the same parts are available one by one.
 * {@snippet :
 * try {
 *     VariantGuidance.parse("u,s/(ii");
 * } catch (InvalidGuidanceException e) {
 *     // variant guidance "u,s/(ii": entry 2 alternative 2 "(ii" is not a valid signature: ... is not closed
 *     e.entry();         // 2
 *     e.alternative();   // 2
 * }
 * }
 *
 * <p>A programmer error (guidance is written by programmers, never read from peers), hence an
 * {@link IllegalArgumentException}.
 *
 * @see VariantGuidance#parse
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-signatures">Signatures</a>
 */
public final class InvalidGuidanceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String guidance;
    private final int entry;
    private final int alternative;
    private final String reason;

    /**
     * An exception about {@code guidance}; {@code entry} and {@code alternative} count from 1, and 0 means the
     * problem is not about one entry (or one alternative).
     */
    public InvalidGuidanceException(String guidance, int entry, int alternative, String reason) {
        super(message(guidance, entry, alternative, reason));
        this.guidance = guidance;
        this.entry = entry;
        this.alternative = alternative;
        this.reason = reason;
    }

    private static String message(String guidance, int entry, int alternative, String reason) {
        String shown = guidance.length() > 120 ? guidance.substring(0, 120) + "..." : guidance;
        StringBuilder sb = new StringBuilder("variant guidance \"").append(shown).append('"');
        if (entry > 0) {
            sb.append(": entry ").append(entry);
            if (alternative > 0) {
                sb.append(" alternative ").append(alternative);
            }
            sb.append(' ');
        } else {
            sb.append(' ');
        }
        return sb.append(reason).toString();
    }

    /** The guidance text as given. */
    public String guidance() {
        return guidance;
    }

    /** Which entry ({@code <vinfo>}) is wrong, from 1; 0 when the problem is not about one entry. */
    public int entry() {
        return entry;
    }

    /** Which alternative of the entry is wrong, from 1; 0 when the problem is not about one alternative. */
    public int alternative() {
        return alternative;
    }

    /** Why, without the guidance text and the position. */
    public String reason() {
        return reason;
    }
}
