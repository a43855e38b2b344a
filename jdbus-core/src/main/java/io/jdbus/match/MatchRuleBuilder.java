package io.jdbus.match;

import io.jdbus.message.MessageType;
import io.jdbus.names.BusName;
import io.jdbus.names.InterfaceName;
import io.jdbus.names.MemberName;
import io.jdbus.names.ObjectPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A builder for {@link MatchRule}. Each setter replaces what was set before for its key ({@code path} and
 * {@code pathNamespace} replace each other, as do the conditions on one argument index); a {@code null} clears
 * the key. Names are validated as they are set; {@link #build()} checks the rule as a whole.
 *
 * <p>Not thread-safe; the rules it builds are immutable.
 * {@snippet :
 * MatchRule rule = MatchRule.builder()
 *         .type(MessageType.SIGNAL)
 *         .sender("org.freedesktop.DBus")
 *         .pathNamespace("/org/example")
 *         .arg(0, "com.example.name")
 *         .argPath(1, "/org/example/")
 *         .build();
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-bus-routing-match-rules">Match Rules</a>
 */
public final class MatchRuleBuilder {
    private MessageType type;
    private BusName sender;
    private InterfaceName interfaceName;
    private MemberName member;
    private ObjectPath path;
    private ObjectPath pathNamespace;
    private BusName destination;
    private final ArgMatch[] args = new ArgMatch[ArgMatch.MAX_INDEX + 1];
    private boolean eavesdrop;

    MatchRuleBuilder() {}

    MatchRuleBuilder(MatchRule rule) {
        type = rule.type();
        sender = rule.sender();
        interfaceName = rule.interfaceName();
        member = rule.member();
        path = rule.path();
        pathNamespace = rule.pathNamespace();
        destination = rule.destination();
        for (ArgMatch a : rule.args()) {
            args[a.index()] = a;
        }
        eavesdrop = rule.eavesdrop();
    }

    /** Matches messages of {@code type} only. */
    public MatchRuleBuilder type(MessageType type) {
        this.type = type;
        return this;
    }

    /** Matches messages whose SENDER is {@code sender}. */
    public MatchRuleBuilder sender(BusName sender) {
        this.sender = sender;
        return this;
    }

    /**
     * Matches messages whose SENDER is {@code sender}, a unique or well-known name.
     *
     * @throws io.jdbus.names.InvalidNameException if {@code sender} is not a valid bus name
     */
    public MatchRuleBuilder sender(String sender) {
        return sender(sender == null ? null : BusName.of(sender));
    }

    /** Matches messages whose INTERFACE is {@code name}. */
    public MatchRuleBuilder interfaceName(InterfaceName name) {
        this.interfaceName = name;
        return this;
    }

    /**
     * Matches messages whose INTERFACE is {@code name}.
     *
     * @throws io.jdbus.names.InvalidNameException if {@code name} is not a valid interface name
     */
    public MatchRuleBuilder interfaceName(String name) {
        return interfaceName(name == null ? null : InterfaceName.of(name));
    }

    /** Matches messages whose MEMBER is {@code name}. */
    public MatchRuleBuilder member(MemberName name) {
        this.member = name;
        return this;
    }

    /**
     * Matches messages whose MEMBER is {@code name}.
     *
     * @throws io.jdbus.names.InvalidNameException if {@code name} is not a valid member name
     */
    public MatchRuleBuilder member(String name) {
        return member(name == null ? null : MemberName.of(name));
    }

    /** Matches messages whose PATH is {@code path}; clears {@code path_namespace}. */
    public MatchRuleBuilder path(ObjectPath path) {
        this.path = path;
        if (path != null) {
            pathNamespace = null;
        }
        return this;
    }

    /**
     * Matches messages whose PATH is {@code path}; clears {@code path_namespace}.
     *
     * @throws io.jdbus.names.InvalidNameException if {@code path} is not a valid object path
     */
    public MatchRuleBuilder path(String path) {
        return path(path == null ? null : ObjectPath.of(path));
    }

    /** Matches messages whose PATH is {@code namespace} or lies below it; clears {@code path}. */
    public MatchRuleBuilder pathNamespace(ObjectPath namespace) {
        this.pathNamespace = namespace;
        if (namespace != null) {
            path = null;
        }
        return this;
    }

    /**
     * Matches messages whose PATH is {@code namespace} or lies below it; clears {@code path}.
     *
     * @throws io.jdbus.names.InvalidNameException if {@code namespace} is not a valid object path
     */
    public MatchRuleBuilder pathNamespace(String namespace) {
        return pathNamespace(namespace == null ? null : ObjectPath.of(namespace));
    }

    /** Matches messages whose DESTINATION is {@code destination}. */
    public MatchRuleBuilder destination(BusName destination) {
        this.destination = destination;
        return this;
    }

    /**
     * Matches messages whose DESTINATION is {@code destination}.
     *
     * @throws io.jdbus.names.InvalidNameException if {@code destination} is not a valid bus name
     */
    public MatchRuleBuilder destination(String destination) {
        return destination(destination == null ? null : BusName.of(destination));
    }

    /**
     * {@code argN='value'}: argument {@code index} must be a STRING equal to {@code value}.
     *
     * @throws InvalidMatchRuleException if {@code index} is outside 0..63 or {@code value} holds U+0000 or an unpaired surrogate
     */
    public MatchRuleBuilder arg(int index, String value) {
        return put(index, value == null ? null : ArgMatch.string(index, value));
    }

    /**
     * {@code argNpath='value'}: argument {@code index} must be a STRING or OBJECT_PATH equal to {@code value}, or
     * one of the two must end with {@code '/'} and be a prefix of the other.
     *
     * @throws InvalidMatchRuleException if {@code index} is outside 0..63 or {@code value} holds U+0000 or an unpaired surrogate
     */
    public MatchRuleBuilder argPath(int index, String value) {
        return put(index, value == null ? null : ArgMatch.path(index, value));
    }

    /**
     * {@code arg0namespace='namespace'}: argument 0 must be a STRING equal to {@code namespace} or starting with
     * {@code namespace + "."}.
     *
     * @throws InvalidMatchRuleException if {@code namespace} is neither a bus name nor a single-element prefix of one
     */
    public MatchRuleBuilder arg0Namespace(String namespace) {
        return put(0, namespace == null ? null : ArgMatch.namespace(namespace));
    }

    /** Sets {@code condition}, replacing any condition on the same argument. */
    public MatchRuleBuilder arg(ArgMatch condition) {
        Objects.requireNonNull(condition, "condition");
        return put(condition.index(), condition);
    }

    /** Removes the condition on argument {@code index}, if any. */
    public MatchRuleBuilder clearArg(int index) {
        return put(index, null);
    }

    /** {@code eavesdrop='true'}: asks the bus for messages addressed to other connections as well. */
    public MatchRuleBuilder eavesdrop(boolean eavesdrop) {
        this.eavesdrop = eavesdrop;
        return this;
    }

    /**
     * The rule.
     *
     * @throws InvalidMatchRuleException if its canonical text is longer than {@value MatchRule#MAX_LENGTH} bytes
     */
    public MatchRule build() {
        List<ArgMatch> list = new ArrayList<>();
        for (ArgMatch a : args) {
            if (a != null) {
                list.add(a);
            }
        }
        return new MatchRule(type, sender, interfaceName, member, path, pathNamespace, destination, list, eavesdrop);
    }

    private MatchRuleBuilder put(int index, ArgMatch condition) {
        if (index < 0 || index > ArgMatch.MAX_INDEX) {
            throw InvalidMatchRuleException.of(null, "argument number " + index + " is outside 0.."
                    + ArgMatch.MAX_INDEX, null);
        }
        args[index] = condition;
        return this;
    }
}
