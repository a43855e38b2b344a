/**
 * The embedded message bus: {@link io.jdbus.daemon.BusDaemon} listens, authenticates, routes and answers
 * {@code org.freedesktop.DBus} as dbus-daemon does; {@link io.jdbus.daemon.names} is its pure name registry and
 * {@code io.jdbus.daemon.config} reads dbus-daemon's command line and configuration files.
 */
module io.jdbus.daemon {
    requires io.jdbus;
    requires java.xml;

    exports io.jdbus.daemon;
    exports io.jdbus.daemon.names;
    exports io.jdbus.daemon.config;
}
