package io.jdbus.bench.roundtrip;

import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;

/** The dbus-java contender's service: an exported object implementing {@link DbusJavaEchoInterface}, default settings. */
final class DbusJavaEchoService implements DbusJavaEchoInterface {
    private DbusJavaEchoService() {
    }

    @Override
    public String Echo(String s) {
        return s;
    }

    @Override
    public String getObjectPath() {
        return Echo.PATH;
    }

    /** Connects to {@code address}, exports the echo object and owns {@code name}. */
    static DBusConnection connectAndServe(String address, String name) throws DBusException {
        DBusConnection connection = DBusConnectionBuilder.forAddress(address).withShared(false).build();
        connection.exportObject(Echo.PATH, new DbusJavaEchoService());
        connection.requestBusName(name);
        return connection;
    }

    /** {@code ADDRESS NAME}: serves until standard input closes. */
    public static void main(String[] args) throws Exception {
        String[] a = ChildProcess.addressAndName(args);
        ChildProcess.serve(connectAndServe(a[0], a[1]));
    }
}
