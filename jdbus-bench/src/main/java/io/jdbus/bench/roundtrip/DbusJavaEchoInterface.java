package io.jdbus.bench.roundtrip;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/** The Echo interface as dbus-java declares it: one interface serves for the proxy and the exported object. */
@DBusInterfaceName(Echo.INTERFACE)
public interface DbusJavaEchoInterface extends DBusInterface {
    /** Returns {@code s}. (dbus-java takes the D-Bus member name from the Java method name.) */
    String Echo(String s);
}
