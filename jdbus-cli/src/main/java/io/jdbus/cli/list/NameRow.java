package io.jdbus.cli.list;

/**
 * One line of {@code jdbus list}: a bus name and what is known of the connection that owns it; {@code null}
 * where nothing is known (printed {@code -}, in JSON {@code null}).
 *
 * {@snippet :
 * new NameRow("org.freedesktop.DBus", 812L, "dbus-daemon", "messagebus", null, null, null, null);
 * NameRow.activatable("org.freedesktop.systemd1");   // CONNECTION "(activatable)", the rest unknown
 * }
 *
 * @param name        the bus name
 * @param pid         the owner's process id
 * @param process     the owner's process name ({@code /proc/PID/comm})
 * @param user        the owner's user name, or its uid when the name is unknown
 * @param connection  the owner's unique name
 * @param unit        the systemd unit of the owner
 * @param session     the login session of the owner
 * @param description the connection's description
 */
public record NameRow(String name, Long pid, String process, String user, String connection, String unit,
                      String session, String description) {

    /** The row busctl shows for a name that is not owned but that the bus can start. */
    public static NameRow activatable(String name) {
        return new NameRow(name, null, null, null, "(activatable)", null, null, null);
    }

    /** A row for a name whose owner could not be asked about. */
    public static NameRow unknown(String name) {
        return new NameRow(name, null, null, null, null, null, null, null);
    }
}
