package io.jdbus.connection;

/**
 * The standard error names of {@code org.freedesktop.DBus.Error}, as libdbus, GDBus and sd-bus send them.
 *
 * {@snippet :
 * try {
 *     bus.call(message);
 * } catch (DBusErrorException e) {
 *     if (e.is(StandardError.SERVICE_UNKNOWN)) {
 *         // nobody owns the destination name
 *     }
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-types-errors">Errors</a>
 */
public enum StandardError {
    /** A generic failure. */
    FAILED("Failed"),
    /** Out of memory. */
    NO_MEMORY("NoMemory"),
    /** No service owns the destination and none could be started. */
    SERVICE_UNKNOWN("ServiceUnknown"),
    /** The name has no owner. */
    NAME_HAS_NO_OWNER("NameHasNoOwner"),
    /** No reply arrived within the timeout. */
    NO_REPLY("NoReply"),
    /** Something went wrong reading or writing to a socket. */
    IO_ERROR("IOError"),
    /** A D-Bus address was malformed. */
    BAD_ADDRESS("BadAddress"),
    /** The operation is not supported. */
    NOT_SUPPORTED("NotSupported"),
    /** A resource limit was exceeded. */
    LIMITS_EXCEEDED("LimitsExceeded"),
    /** Security restrictions refuse the operation. */
    ACCESS_DENIED("AccessDenied"),
    /** Authentication failed. */
    AUTH_FAILED("AuthFailed"),
    /** The connection was lost before a reply arrived. */
    DISCONNECTED("Disconnected"),
    /** The arguments were not what the method expects. */
    INVALID_ARGS("InvalidArgs"),
    /** The file does not exist. */
    FILE_NOT_FOUND("FileNotFound"),
    /** The file exists already. */
    FILE_EXISTS("FileExists"),
    /** The method does not exist on the object's interface. */
    UNKNOWN_METHOD("UnknownMethod"),
    /** The object does not exist. */
    UNKNOWN_OBJECT("UnknownObject"),
    /** The interface does not exist on the object. */
    UNKNOWN_INTERFACE("UnknownInterface"),
    /** The property does not exist. */
    UNKNOWN_PROPERTY("UnknownProperty"),
    /** The property cannot be written. */
    PROPERTY_READ_ONLY("PropertyReadOnly"),
    /** A call timed out. */
    TIMED_OUT("TimedOut"),
    /** A match rule was not found (RemoveMatch). */
    MATCH_RULE_NOT_FOUND("MatchRuleNotFound"),
    /** A match rule was malformed (AddMatch). */
    MATCH_RULE_INVALID("MatchRuleInvalid"),
    /** The message carries file descriptors the connection cannot pass. */
    INCONSISTENT_MESSAGE("InconsistentMessage"),
    /** Interactive authorization would be needed but was not allowed. */
    INTERACTIVE_AUTHORIZATION_REQUIRED("InteractiveAuthorizationRequired");

    private static final String PREFIX = "org.freedesktop.DBus.Error.";

    private final String errorName;

    StandardError(String shortName) {
        this.errorName = PREFIX + shortName;
    }

    /** The full error name, such as {@code org.freedesktop.DBus.Error.UnknownMethod}. */
    public String errorName() {
        return errorName;
    }

    /** The standard error of {@code errorName}, or {@code null} when it is not one. */
    public static StandardError forName(String errorName) {
        if (errorName == null || !errorName.startsWith(PREFIX)) {
            return null;
        }
        for (StandardError e : values()) {
            if (e.errorName.equals(errorName)) {
                return e;
            }
        }
        return null;
    }
}
