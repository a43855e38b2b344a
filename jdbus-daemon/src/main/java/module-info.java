/**
 * The embedded message bus. For now its pure core: the name registry, which decides name ownership
 * exactly as dbus-daemon does and says which signals a change must send, without any I/O.
 */
module io.jdbus.daemon {
    requires io.jdbus;

    exports io.jdbus.daemon.names;
}
