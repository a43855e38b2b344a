package io.jdbus.daemon;

import io.jdbus.names.ObjectPath;
import io.jdbus.types.Signature;
import java.util.List;

/**
 * The bus object's introspection XML, laid out as dbus-daemon writes it: the driver interface everywhere,
 * Properties and Monitoring only on {@code /org/freedesktop/DBus}, and the root naming that one child.
 */
final class DriverIntrospection {
    private DriverIntrospection() {
    }

    static String of(ObjectPath path) {
        boolean canonical = Bus.DRIVER_PATH.equals(path);
        StringBuilder x = new StringBuilder("<!DOCTYPE node PUBLIC \"-//freedesktop//DTD D-BUS Object Introspection 1.0//EN\"\n"
                + "\"http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd\">\n<node>\n");
        for (String iface : canonical ? DriverMethod.CANONICAL : DriverMethod.EVERYWHERE) {
            x.append("  <interface name=\"").append(iface).append("\">\n");
            for (DriverMethod m : DriverMethod.ALL) {
                if (m.interfaceName().equals(iface)) {
                    x.append("    <method name=\"").append(m.name()).append("\">\n");
                    args(x, m.in(), "in");
                    args(x, m.out(), "out");
                    x.append("    </method>\n");
                }
            }
            if (iface.equals(DriverMethod.DBUS)) {
                for (String p : Driver.PROPERTIES) {
                    x.append("    <property name=\"").append(p).append("\" type=\"as\" access=\"read\">\n")
                            .append("      <annotation name=\"org.freedesktop.DBus.Property.EmitsChangedSignal\" value=\"const\"/>\n")
                            .append("    </property>\n");
                }
                signal(x, "NameOwnerChanged", "sss");
                signal(x, "NameLost", "s");
                signal(x, "NameAcquired", "s");
            } else if (iface.equals(DriverMethod.PROPERTIES)) {
                signal(x, "PropertiesChanged", "sa{sv}as");
            }
            x.append("  </interface>\n");
        }
        if (path.value().equals("/")) {
            x.append("  <node name=\"org/freedesktop/DBus\"/>\n");
        }
        return x.append("</node>\n").toString();
    }

    private static void args(StringBuilder x, String signature, String direction) {
        for (var t : Signature.of(signature).types()) {
            x.append("      <arg direction=\"").append(direction).append("\" type=\"").append(t.signature()).append("\"/>\n");
        }
    }

    private static void signal(StringBuilder x, String name, String signature) {
        x.append("    <signal name=\"").append(name).append("\">\n");
        for (var t : Signature.of(signature).types()) {
            x.append("      <arg type=\"").append(t.signature()).append("\"/>\n");
        }
        x.append("    </signal>\n");
    }

    /** The interfaces a call may name at {@code path}. */
    static List<String> interfacesAt(ObjectPath path) {
        return Bus.DRIVER_PATH.equals(path) ? DriverMethod.CANONICAL : DriverMethod.EVERYWHERE;
    }
}
