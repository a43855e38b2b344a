package io.jdbus.daemon;

import java.util.List;

/**
 * One method of the bus driver ({@code org.freedesktop.DBus} and the standard interfaces on the bus object):
 * what {@code Introspect} lists and what {@link Driver} checks a call's signature against.
 *
 * @param interfaceName the interface
 * @param name the member
 * @param in the input signature
 * @param out the output signature
 */
record DriverMethod(String interfaceName, String name, String in, String out) {
    static final String DBUS = Bus.DRIVER_INTERFACE;
    static final String PROPERTIES = "org.freedesktop.DBus.Properties";
    static final String INTROSPECTABLE = "org.freedesktop.DBus.Introspectable";
    static final String MONITORING = "org.freedesktop.DBus.Monitoring";
    static final String PEER = "org.freedesktop.DBus.Peer";
    static final String STATS = "org.freedesktop.DBus.Debug.Stats";

    /** The interfaces on every path, then those only on {@code /org/freedesktop/DBus}, in introspection order. */
    static final List<String> EVERYWHERE = List.of(DBUS, INTROSPECTABLE, PEER);
    static final List<String> CANONICAL = List.of(DBUS, PROPERTIES, INTROSPECTABLE, MONITORING, STATS, PEER);

    /** Every method, grouped by interface in introspection order (as dbus-daemon lists them). */
    static final List<DriverMethod> ALL = List.of(
            new DriverMethod(DBUS, "Hello", "", "s"),
            new DriverMethod(DBUS, "RequestName", "su", "u"),
            new DriverMethod(DBUS, "ReleaseName", "s", "u"),
            new DriverMethod(DBUS, "StartServiceByName", "su", "u"),
            new DriverMethod(DBUS, "UpdateActivationEnvironment", "a{ss}", ""),
            new DriverMethod(DBUS, "NameHasOwner", "s", "b"),
            new DriverMethod(DBUS, "ListNames", "", "as"),
            new DriverMethod(DBUS, "ListActivatableNames", "", "as"),
            new DriverMethod(DBUS, "AddMatch", "s", ""),
            new DriverMethod(DBUS, "RemoveMatch", "s", ""),
            new DriverMethod(DBUS, "GetNameOwner", "s", "s"),
            new DriverMethod(DBUS, "ListQueuedOwners", "s", "as"),
            new DriverMethod(DBUS, "GetConnectionUnixUser", "s", "u"),
            new DriverMethod(DBUS, "GetConnectionUnixProcessID", "s", "u"),
            new DriverMethod(DBUS, "GetAdtAuditSessionData", "s", "ay"),
            new DriverMethod(DBUS, "GetConnectionSELinuxSecurityContext", "s", "ay"),
            new DriverMethod(DBUS, "ReloadConfig", "", ""),
            new DriverMethod(DBUS, "GetId", "", "s"),
            new DriverMethod(DBUS, "GetConnectionCredentials", "s", "a{sv}"),
            new DriverMethod(PROPERTIES, "Get", "ss", "v"),
            new DriverMethod(PROPERTIES, "GetAll", "s", "a{sv}"),
            new DriverMethod(PROPERTIES, "Set", "ssv", ""),
            new DriverMethod(INTROSPECTABLE, "Introspect", "", "s"),
            new DriverMethod(MONITORING, "BecomeMonitor", "asu", ""),
            new DriverMethod(STATS, "GetStats", "", "a{sv}"),
            new DriverMethod(STATS, "GetConnectionStats", "s", "a{sv}"),
            new DriverMethod(STATS, "GetAllMatchRules", "", "a{sas}"),
            new DriverMethod(PEER, "GetMachineId", "", "s"),
            new DriverMethod(PEER, "Ping", "", ""));
}
