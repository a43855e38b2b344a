package io.jdbus.match;

/**
 * Thrown when a match rule is malformed or breaks a rule of the specification; the message quotes the rule text
 * (when there is one) and says what is wrong and where.
 *
 * {@snippet :
 * try {
 *     MatchRule.parse("type='signal',path='/a',path_namespace='/b'");
 * } catch (InvalidMatchRuleException e) {
 *     System.err.println(e.getMessage());
 *     // invalid match rule "type='signal',path='/a',path_namespace='/b'": path and path_namespace are both given ...
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-bus-routing-match-rules">Match Rules</a>
 */
public final class InvalidMatchRuleException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What is wrong, without the rule text: what the parser words again with the text it was given. */
    private final transient String problem;

    /** Creates the exception with a message that names the rule and what is wrong with it. */
    public InvalidMatchRuleException(String message) {
        super(message);
        this.problem = message;
    }

    /** Creates the exception with a message, keeping the name error (or other) that caused it. */
    public InvalidMatchRuleException(String message, Throwable cause) {
        super(message, cause);
        this.problem = message;
    }

    private InvalidMatchRuleException(String message, String problem, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    /**
     * The exception for {@code problem}: {@code invalid match rule "<rule>": <problem>}, or without the quoted rule
     * when {@code rule} is {@code null} (a rule being built rather than parsed).
     */
    static InvalidMatchRuleException of(String rule, String problem, Throwable cause) {
        String message = rule == null ? "invalid match rule: " + problem
                : "invalid match rule " + RuleText.quote(rule) + ": " + problem;
        return new InvalidMatchRuleException(message, problem, cause);
    }

    /** What is wrong, without the rule text. */
    String problem() {
        return problem == null ? getMessage() : problem;
    }
}
