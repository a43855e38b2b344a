package io.jdbus.service;

import io.jdbus.binding.DBusInterface;
import io.jdbus.binding.DBusMethod;
import io.jdbus.names.ObjectPath;

/**
 * {@code org.freedesktop.DBus.Introspectable} of one path, exported through the service's own annotations:
 * the interfaces of the object there (if any) and the child nodes below it.
 */
@DBusInterface(IntrospectableInterface.NAME)
final class IntrospectableInterface {
    static final String NAME = "org.freedesktop.DBus.Introspectable";

    private final ObjectServer server;
    private final ObjectPath path;

    IntrospectableInterface(ObjectServer server, ObjectPath path) {
        this.server = server;
        this.path = path;
    }

    @DBusMethod
    public String introspect() {
        return server.introspect(path);
    }
}
