package io.jdbus.cli.property;

import io.jdbus.names.BusName;
import io.jdbus.names.InterfaceName;
import io.jdbus.names.ObjectPath;

/**
 * The SERVICE OBJECT INTERFACE operands of {@code get-property} and {@code set-property}, checked before
 * anything is sent, in busctl's order and words.
 * {@snippet :
 * PropertyOperands.problem("com.example.name", "not-a-path", "com.example.X");   // "Invalid object path: not-a-path"
 * }
 */
final class PropertyOperands {
    private PropertyOperands() {
    }

    /** busctl's complaint about the first invalid operand, or {@code null} when all are valid. */
    static String problem(String service, String path, String iface) {
        if (!BusName.isValid(service)) {
            return "Invalid service name: " + service;
        }
        if (!ObjectPath.isValid(path)) {
            return "Invalid object path: " + path;
        }
        if (!InterfaceName.isValid(iface)) {
            return "Invalid interface name: " + iface;
        }
        return null;
    }
}
