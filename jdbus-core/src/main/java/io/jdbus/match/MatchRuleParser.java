package io.jdbus.match;

import io.jdbus.message.MessageType;
import io.jdbus.names.BusName;
import io.jdbus.names.InterfaceName;
import io.jdbus.names.MemberName;
import io.jdbus.names.ObjectPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads the text form of a match rule, as dbus-daemon's {@code bus_match_rule_parse} does, with its errors made
 * precise.
 *
 * <p>The grammar, from the specification and libdbus: pieces {@code key=value} separated by {@code ','}. Spaces,
 * tabs, CR and LF before a key, and between a key and its {@code '='}, are skipped. A value runs to the first
 * {@code ','} outside single quotes or the end of the text; within single quotes every character stands for itself
 * and {@code '} ends the quoted section; outside them {@code \'} is an apostrophe, any other backslash stands for
 * itself (so {@code \\} is two backslashes), and whitespace is part of the value. Quoted and unquoted sections
 * concatenate: {@code 'org.freedes''ktop'} is {@code org.freedesktop}.
 *
 * <p>One departure follows the specification against libdbus: there a backslash outside quotes takes the next
 * character with it whatever it is, so {@code arg0=a\,arg1=b} is one value {@code a\,arg1=b}; here, as the
 * specification's rule and its example {@code arg1=\,arg2=','} say, a backslash not followed by {@code '} is itself
 * and the comma ends the value. The canonical form never writes a bare backslash, so both read it alike.
 *
 * <p>Where libdbus is loose this parser is strict, and says so: an empty piece ({@code ,,} or a leading comma),
 * {@code '='} with no key, and argument numbers other than plain decimal (libdbus reads {@code arg010} as 8 and
 * {@code arg0x10} as 16, through {@code strtoul} in base 0) are errors. Some of its looseness is kept, because
 * clients rely on it: the empty rule (matching everything), one trailing comma, and {@code eavesdrop} may be
 * given more than once, the last one counting (dbus-monitor and Bustle append {@code eavesdrop='true'} to rules
 * that may already have one).
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-bus-routing-match-rules">Match Rules</a>
 */
final class MatchRuleParser {
    private static final String KEYS = "type, sender, interface, member, path, path_namespace, destination, "
            + "arg0..arg63, arg0path..arg63path, arg0namespace, eavesdrop";

    private final String text;
    private int pos;

    private MessageType type;
    private BusName sender;
    private InterfaceName interfaceName;
    private MemberName member;
    private ObjectPath path;
    private ObjectPath pathNamespace;
    private BusName destination;
    private boolean eavesdrop;
    private final List<ArgMatch> args = new ArrayList<>();
    /** Where each key was seen, to name both places when a key repeats: indexes 0..6 the header keys. */
    private final int[] seenAt = new int[7];
    private final int[] argSeenAt = new int[ArgMatch.MAX_INDEX + 1];
    private final String[] argKeys = new String[ArgMatch.MAX_INDEX + 1];

    private MatchRuleParser(String text) {
        this.text = text;
        Arrays.fill(seenAt, -1);
        Arrays.fill(argSeenAt, -1);
    }

    static MatchRule parse(String text) {
        Objects.requireNonNull(text, "match rule");
        MatchRuleParser p = new MatchRuleParser(text);
        if (text.length() > MatchRule.MAX_LENGTH || RuleText.utf8Length(text) > MatchRule.MAX_LENGTH) {
            throw p.error("it is " + RuleText.utf8Length(text) + " bytes long, the limit is " + MatchRule.MAX_LENGTH,
                    null);
        }
        String unencodable = RuleText.unencodable(text);
        if (unencodable != null) {
            throw p.error("it has " + unencodable, null);
        }
        p.pieces();
        try {
            return new MatchRule(p.type, p.sender, p.interfaceName, p.member, p.path, p.pathNamespace, p.destination,
                    p.args, p.eavesdrop);
        } catch (InvalidMatchRuleException e) {
            throw p.error(e.problem(), e);
        }
    }

    private void pieces() {
        while (true) {
            skipWhitespace();
            if (pos == text.length()) {
                return;
            }
            int keyAt = pos;
            char c = text.charAt(pos);
            if (c == ',') {
                throw error("empty piece at index " + pos + " (a leading comma, or two commas in a row)", null);
            }
            if (c == '=') {
                throw error("'=' at index " + pos + " has no key before it", null);
            }
            while (pos < text.length() && text.charAt(pos) != '=' && !isWhitespace(text.charAt(pos))) {
                pos++;
            }
            String key = text.substring(keyAt, pos);
            skipWhitespace();
            if (pos == text.length() || text.charAt(pos) != '=') {
                throw error("key " + RuleText.quote(key) + " at index " + keyAt + " has no '=' after it", null);
            }
            pos++;
            String value = value();
            apply(key, keyAt, value);
        }
    }

    /** Reads a value from {@code pos}, leaving {@code pos} past the ',' that ends it, or at the end. */
    private String value() {
        StringBuilder out = new StringBuilder();
        int quoteAt = -1;
        boolean backslash = false;
        for (; pos < text.length(); pos++) {
            char c = text.charAt(pos);
            if (quoteAt >= 0) {
                if (c == '\'') {
                    quoteAt = -1;
                } else {
                    out.append(c);
                }
            } else if (backslash && c == '\'') {
                out.append('\'');
                backslash = false;
            } else if (backslash && c == '\\') {
                out.append('\\');   // the first stands for itself; the second may escape what follows
            } else if (c == '\'') {
                quoteAt = pos;
            } else if (c == '\\') {
                backslash = true;
            } else {
                if (backslash) {
                    out.append('\\');
                    backslash = false;
                }
                if (c == ',') {
                    pos++;
                    return out.toString();
                }
                out.append(c);
            }
        }
        if (quoteAt >= 0) {
            throw error("the quote opened at index " + quoteAt + " is not closed", null);
        }
        if (backslash) {
            out.append('\\');
        }
        return out.toString();
    }

    private void apply(String key, int at, String value) {
        switch (key) {
            case "type" -> {
                once(0, key, at);
                type = messageType(value, at);
            }
            case "sender" -> {
                once(1, key, at);
                sender = name(key, at, value, BusName::of);
            }
            case "interface" -> {
                once(2, key, at);
                interfaceName = name(key, at, value, InterfaceName::of);
            }
            case "member" -> {
                once(3, key, at);
                member = name(key, at, value, MemberName::of);
            }
            case "path", "path_namespace" -> {
                if (seenAt[4] >= 0) {
                    String first = path != null ? "path" : "path_namespace";
                    throw error(first.equals(key)
                            ? "key \"" + key + "\" is given twice (at index " + seenAt[4] + " and " + at + ")"
                            : "path and path_namespace are both given (at index " + seenAt[4] + " and " + at
                                    + "); a rule may have one of them", null);
                }
                seenAt[4] = at;
                ObjectPath p = name(key, at, value, ObjectPath::of);
                if (key.equals("path")) {
                    path = p;
                } else {
                    pathNamespace = p;
                }
            }
            case "destination" -> {
                once(5, key, at);
                destination = name(key, at, value, BusName::of);
            }
            case "eavesdrop" -> eavesdrop = switch (value) {
                case "true" -> true;
                case "false" -> false;
                default -> throw error("eavesdrop " + RuleText.quote(value) + " at index " + at
                        + " is neither 'true' nor 'false'", null);
            };
            default -> {
                if (key.startsWith("arg")) {
                    arg(key, at, value);
                } else {
                    throw error("unknown key " + RuleText.quote(key) + " at index " + at + "; the keys are " + KEYS,
                            null);
                }
            }
        }
    }

    private void arg(String key, int at, String value) {
        int end = 3;
        while (end < key.length() && key.charAt(end) >= '0' && key.charAt(end) <= '9') {
            end++;
        }
        String digits = key.substring(3, end);
        String suffix = key.substring(end);
        String where = "key " + RuleText.quote(key) + " at index " + at;
        if (digits.isEmpty()) {
            throw error(where + " lacks an argument number (arg0, arg7path, ...)", null);
        }
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            throw error(where + ": argument number " + RuleText.quote(digits)
                    + " has a leading zero; write it in plain decimal", null);
        }
        if (digits.length() > 2 || Integer.parseInt(digits) > ArgMatch.MAX_INDEX) {
            throw error(where + ": argument number " + digits + " is outside 0.." + ArgMatch.MAX_INDEX, null);
        }
        int index = Integer.parseInt(digits);
        ArgMatch.Kind kind = switch (suffix) {
            case "" -> ArgMatch.Kind.STRING;
            case "path" -> ArgMatch.Kind.PATH;
            case "namespace" -> {
                if (index != 0) {
                    throw error(where + ": a namespace match exists for argument 0 only (arg0namespace)", null);
                }
                yield ArgMatch.Kind.NAMESPACE;
            }
            default -> throw error(where + " has " + RuleText.quote(suffix) + " after the argument number; only "
                    + "\"path\" (arg" + index + "path) or, for argument 0, \"namespace\" may follow", null);
        };
        if (argSeenAt[index] >= 0) {
            throw error("argument " + index + " is matched twice (" + argKeys[index] + " at index " + argSeenAt[index]
                    + ", " + key + " at index " + at + "); a rule may have one condition per argument", null);
        }
        argSeenAt[index] = at;
        argKeys[index] = key;
        try {
            args.add(new ArgMatch(index, kind, value));
        } catch (InvalidMatchRuleException e) {
            throw error(e.problem() + " (" + where + ")", e);
        }
    }

    private MessageType messageType(String value, int at) {
        for (MessageType t : MessageType.values()) {
            if (t.wireName().equals(value)) {
                return t;
            }
        }
        throw error("type " + RuleText.quote(value) + " at index " + at
                + " is not one of 'signal', 'method_call', 'method_return', 'error'", null);
    }

    private <T> T name(String key, int at, String value, Function<String, T> of) {
        try {
            return of.apply(value);
        } catch (IllegalArgumentException e) {
            throw error("value of key \"" + key + "\" at index " + at + ": " + e.getMessage(), e);
        }
    }

    private void once(int slot, String key, int at) {
        if (seenAt[slot] >= 0) {
            throw error("key \"" + key + "\" is given twice (at index " + seenAt[slot] + " and " + at + ")", null);
        }
        seenAt[slot] = at;
    }

    private void skipWhitespace() {
        while (pos < text.length() && isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private InvalidMatchRuleException error(String problem, Throwable cause) {
        return InvalidMatchRuleException.of(text, problem, cause);
    }
}
