package io.jdbus.daemon.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The elements of a dbus-daemon configuration file, each with the element it must be inside, the attributes it
 * may carry and what it holds, as dbus-daemon's {@code bus/config-parser.c} checks them.
 */
enum ConfigElement {
    BUSCONFIG(null, Holds.CHILDREN),
    USER(BUSCONFIG, Holds.TEXT),
    TYPE(BUSCONFIG, Holds.TEXT),
    FORK(BUSCONFIG, Holds.NOTHING),
    KEEP_UMASK(BUSCONFIG, Holds.NOTHING),
    SYSLOG(BUSCONFIG, Holds.NOTHING),
    PIDFILE(BUSCONFIG, Holds.TEXT),
    SERVICEHELPER(BUSCONFIG, Holds.TEXT),
    LISTEN(BUSCONFIG, Holds.TEXT),
    AUTH(BUSCONFIG, Holds.TEXT),
    INCLUDE(BUSCONFIG, Holds.TEXT, "ignore_missing", "if_selinux_enabled", "selinux_root_relative"),
    INCLUDEDIR(BUSCONFIG, Holds.TEXT),
    SERVICEDIR(BUSCONFIG, Holds.TEXT),
    STANDARD_SESSION_SERVICEDIRS(BUSCONFIG, Holds.NOTHING),
    STANDARD_SYSTEM_SERVICEDIRS(BUSCONFIG, Holds.NOTHING),
    POLICY(BUSCONFIG, Holds.CHILDREN, "context", "user", "group", "at_console"),
    LIMIT(BUSCONFIG, Holds.TEXT, "name"),
    ALLOW(POLICY, Holds.NOTHING, Rules.ATTRIBUTES),
    DENY(POLICY, Holds.NOTHING, Rules.ATTRIBUTES),
    SELINUX(BUSCONFIG, Holds.CHILDREN),
    ASSOCIATE(SELINUX, Holds.NOTHING, "own", "context"),
    ALLOW_ANONYMOUS(BUSCONFIG, Holds.NOTHING),
    APPARMOR(BUSCONFIG, Holds.NOTHING, "mode");

    /** What an element may hold between its tags. */
    enum Holds {
        /** Nothing but whitespace. */
        NOTHING,
        /** Text, required: an address, a file name, a number. */
        TEXT,
        /** Child elements (and whitespace). */
        CHILDREN
    }

    /** The attributes of {@code <allow>} and {@code <deny>} that dbus-daemon knows. */
    private static final class Rules {
        static final String[] ATTRIBUTES = {"send_interface", "send_member", "send_error", "send_destination",
            "send_destination_prefix", "send_path", "send_type", "send_broadcast", "send_requested_reply",
            "receive_interface", "receive_member", "receive_error", "receive_sender", "receive_path", "receive_type",
            "receive_requested_reply", "eavesdrop", "own", "own_prefix", "user", "group", "log", "max_fds",
            "min_fds"};
    }

    private static final Map<String, ConfigElement> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ConfigElement::tag, Function.identity()));

    private final ConfigElement parent;
    private final Holds holds;
    private final Set<String> attributes;

    ConfigElement(ConfigElement parent, Holds holds, String... attributes) {
        this.parent = parent;
        this.holds = holds;
        this.attributes = Set.of(attributes);
    }

    /** The element called {@code tag}, if there is one. */
    static Optional<ConfigElement> named(String tag) {
        return Optional.ofNullable(BY_NAME.get(tag));
    }

    /** The element's name in the file, such as {@code standard_session_servicedirs}. */
    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The element it must be directly inside, or empty for the root. */
    Optional<ConfigElement> parent() {
        return Optional.ofNullable(parent);
    }

    Holds holds() {
        return holds;
    }

    /** Whether it may carry the attribute {@code name}. */
    boolean allows(String name) {
        return attributes.contains(name);
    }
}
