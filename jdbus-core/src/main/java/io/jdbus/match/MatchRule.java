package io.jdbus.match;

import io.jdbus.message.Message;
import io.jdbus.message.MessageType;
import io.jdbus.names.BusName;
import io.jdbus.names.InterfaceName;
import io.jdbus.names.MemberName;
import io.jdbus.names.ObjectPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable D-Bus match rule: the conditions a message must meet to be routed to a client that asked for it
 * with {@code AddMatch}. A key the rule lacks is a wildcard; the empty rule matches every message.
 *
 * <p>Build one with {@link #builder()} or read the text form with {@link #parse}; {@link #toString()} gives the
 * canonical text form, which parses back to an equal rule. Every component is validated once, here: names by the
 * {@code io.jdbus.names} types, at most one of {@code path} and {@code path_namespace}, one condition per argument
 * index, and a canonical text of at most {@value #MAX_LENGTH} bytes.
 * {@snippet :
 * MatchRule rule = MatchRule.builder()
 *         .type(MessageType.SIGNAL)
 *         .interfaceName("org.freedesktop.DBus")
 *         .member("NameOwnerChanged")
 *         .arg0Namespace("com.example.backend1")
 *         .build();
 * rule.toString();   // type='signal',interface='org.freedesktop.DBus',member='NameOwnerChanged',arg0namespace='com.example.backend1'
 * MatchRule.parse(rule.toString()).equals(rule);   // true
 * rule.matches(nameOwnerChanged);                   // compares type, interface, member and argument 0
 * }
 *
 * <p>{@link #matches} compares the message's own header fields and body, literally. Two things it leaves to the
 * bus, which has the state they need: a {@code sender} (or {@code destination}) given as a well-known name matches
 * here only a message whose SENDER (DESTINATION) field holds that very text, whereas dbus-daemon compares it with
 * the name's current primary owner; and {@link #eavesdrop()} does not enter the comparison. A bus routes a message
 * with a DESTINATION to the rule's owner only when the rule also has {@code eavesdrop='true'} (and policy allows):
 * {@snippet :
 * boolean deliver = rule.matches(message) && (message.destination() == null || rule.eavesdrop());
 * }
 *
 * @param type the message type, or {@code null} for any
 * @param sender the SENDER to match, or {@code null} for any
 * @param interfaceName the INTERFACE to match, or {@code null} for any (a message without INTERFACE never matches
 *        a rule that names one)
 * @param member the MEMBER to match, or {@code null} for any
 * @param path the PATH to match exactly, or {@code null}
 * @param pathNamespace the PATH to match it or any path below it, or {@code null}; never set together with {@code path}
 * @param destination the DESTINATION to match, or {@code null} for any
 * @param args the argument conditions, ordered by index, at most one per index; unmodifiable
 * @param eavesdrop whether the rule asks for messages addressed to other connections ({@code eavesdrop='true'})
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-bus-routing-match-rules">Match Rules</a>
 */
public record MatchRule(MessageType type, BusName sender, InterfaceName interfaceName, MemberName member,
        ObjectPath path, ObjectPath pathNamespace, BusName destination, List<ArgMatch> args, boolean eavesdrop) {

    /**
     * The longest rule text, in UTF-8 bytes: dbus-daemon's {@code DBUS_MAXIMUM_MATCH_RULE_LENGTH}, which it applies
     * to the text given to {@code AddMatch}. Here it bounds both the text {@link #parse} accepts and the canonical
     * text of every rule, so that every rule's {@code toString()} is accepted by any bus.
     */
    public static final int MAX_LENGTH = 1024;

    /** The rule with no keys, which matches every message. */
    public static final MatchRule ALL = new MatchRule(null, null, null, null, null, null, null, List.of(), false);

    /**
     * Validates the rule; throws {@link InvalidMatchRuleException} if {@code path} and {@code pathNamespace} are both
     * given, if two conditions name the same argument, or if the canonical text is longer than {@value #MAX_LENGTH}
     * bytes.
     */
    public MatchRule {
        Objects.requireNonNull(args, "args");
        if (path != null && pathNamespace != null) {
            throw InvalidMatchRuleException.of(null, "path and path_namespace are both given (path "
                    + RuleText.quote(path.value()) + ", path_namespace " + RuleText.quote(pathNamespace.value())
                    + "); a rule may have one of them", null);
        }
        List<ArgMatch> sorted = new ArrayList<>(args.size());
        for (ArgMatch a : args) {
            sorted.add(Objects.requireNonNull(a, "argument condition"));
        }
        sorted.sort(Comparator.comparingInt(ArgMatch::index));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).index() == sorted.get(i - 1).index()) {
                throw InvalidMatchRuleException.of(null, "argument " + sorted.get(i).index()
                        + " has two conditions (" + sorted.get(i - 1) + " and " + sorted.get(i)
                        + "); a rule may have one per argument", null);
            }
        }
        args = List.copyOf(sorted);
        String text = format(type, sender, interfaceName, member, path, pathNamespace, destination, args, eavesdrop);
        int bytes = RuleText.utf8Length(text);
        if (bytes > MAX_LENGTH) {
            throw InvalidMatchRuleException.of(text, "its canonical text is " + bytes + " bytes, the limit is "
                    + MAX_LENGTH, null);
        }
    }

    /**
     * Parses the text form: comma-separated {@code key=value} pairs, values quoted as the specification says.
     * {@snippet :
     * MatchRule r = MatchRule.parse("type='signal',sender='org.freedesktop.DBus',arg0='com.example.name'");
     * MatchRule.parse("arg0=\\',arg1='\\',arg2=','");   // arguments "'", "\" and ","
     * MatchRule.parse("");                             // MatchRule.ALL
     * }
     *
     * @throws InvalidMatchRuleException if the text is malformed, names an unknown or repeated key, holds an invalid
     *         value, or is longer than {@value #MAX_LENGTH} bytes; the message quotes the text and says where
     * @throws NullPointerException if {@code text} is null
     */
    public static MatchRule parse(String text) {
        return MatchRuleParser.parse(text);
    }

    /** A builder with no keys set. */
    public static MatchRuleBuilder builder() {
        return new MatchRuleBuilder();
    }

    /** A builder that starts with every key of this rule. */
    public MatchRuleBuilder toBuilder() {
        return new MatchRuleBuilder(this);
    }

    /** The condition on argument {@code index}, if the rule has one. */
    public Optional<ArgMatch> arg(int index) {
        for (ArgMatch a : args) {
            if (a.index() == index) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code message} meets every condition of this rule: its type, its SENDER, INTERFACE, MEMBER, PATH and
     * DESTINATION fields compared as text (a missing field meets no condition), {@code path_namespace} by whole
     * path elements ({@code '/'} takes every path), and each argument condition by {@link ArgMatch#matches}.
     * Names are not resolved and {@link #eavesdrop()} is not consulted: see the class description.
     */
    public boolean matches(Message message) {
        if (type != null && message.type() != type) {
            return false;
        }
        if (sender != null && !sender.value().equals(message.sender())) {
            return false;
        }
        if (interfaceName != null && !interfaceName.value().equals(message.interfaceName())) {
            return false;
        }
        if (member != null && !member.value().equals(message.member())) {
            return false;
        }
        if (path != null && !path.equals(message.path())) {
            return false;
        }
        if (pathNamespace != null && (message.path() == null || !message.path().startsWith(pathNamespace))) {
            return false;
        }
        if (destination != null && !destination.value().equals(message.destination())) {
            return false;
        }
        if (!args.isEmpty()) {
            List<Object> body = message.body();
            for (ArgMatch a : args) {
                if (a.index() >= body.size() || !a.matches(body.get(a.index()))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The canonical text form: the keys in the specification's order ({@code type}, {@code sender},
     * {@code interface}, {@code member}, {@code path} or {@code path_namespace}, {@code destination}, the argument
     * conditions by index, {@code eavesdrop='true'} when set), each value in single quotes with an apostrophe
     * written {@code '\''}. {@link #parse} of it gives an equal rule; the empty rule is {@code ""}.
     */
    @Override
    public String toString() {
        return format(type, sender, interfaceName, member, path, pathNamespace, destination, args, eavesdrop);
    }

    private static String format(MessageType type, BusName sender, InterfaceName interfaceName, MemberName member,
            ObjectPath path, ObjectPath pathNamespace, BusName destination, List<ArgMatch> args, boolean eavesdrop) {
        StringBuilder out = new StringBuilder();
        append(out, "type", type == null ? null : type.wireName());
        append(out, "sender", sender == null ? null : sender.value());
        append(out, "interface", interfaceName == null ? null : interfaceName.value());
        append(out, "member", member == null ? null : member.value());
        append(out, "path", path == null ? null : path.value());
        append(out, "path_namespace", pathNamespace == null ? null : pathNamespace.value());
        append(out, "destination", destination == null ? null : destination.value());
        for (ArgMatch a : args) {
            append(out, a.key(), a.value());
        }
        append(out, "eavesdrop", eavesdrop ? "true" : null);
        return out.toString();
    }

    private static void append(StringBuilder out, String key, String value) {
        if (value != null) {
            if (!out.isEmpty()) {
                out.append(',');
            }
            out.append(key).append('=').append(RuleText.quoteValue(value));
        }
    }
}
