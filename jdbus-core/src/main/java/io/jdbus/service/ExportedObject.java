package io.jdbus.service;

import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import io.jdbus.names.ObjectPath;
import io.jdbus.types.Signature;
import io.jdbus.types.Type;
import io.jdbus.types.Variant;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Java object exported on a bus at a path: what {@link ObjectServer#export} returns. It emits the object's
 * signals and PropertiesChanged with one call each, and {@link #close()} unexports it.
 * {@snippet :
 * ExportedObject sample = ObjectServer.export(bus, "/com/example/sample_object0", new SampleService());
 * sample.emit("Changed", true);                 // the signal declared by @DBusSignal void changed(boolean)
 * sample.propertiesChanged("Bar");              // PropertiesChanged with Bar's current value
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#standard-interfaces-properties">PropertiesChanged</a>
 */
public final class ExportedObject implements AutoCloseable {
    private final ObjectServer server;
    private final ObjectPath path;
    private final Object target;
    private final List<ServiceModel> models;

    ExportedObject(ObjectServer server, ObjectPath path, Object target, List<ServiceModel> models) {
        this.server = server;
        this.path = path;
        this.target = target;
        this.models = models;
    }

    /** Where the object is exported. */
    public ObjectPath path() {
        return path;
    }

    /** The exported Java object. */
    public Object target() {
        return target;
    }

    List<ServiceModel> models() {
        return models;
    }

    MessageBus bus() {
        return server.bus();
    }

    /**
     * Emits {@code signal} (a member declared with {@code @DBusSignal} on one of the object's interfaces) with
     * {@code args}, converted to its argument types; returns the message as sent.
     *
     * @throws IllegalArgumentException when no interface declares the signal, or an argument does not fit
     */
    public Message emit(String signal, Object... args) throws IOException {
        for (ServiceModel m : models) {
            List<Type> types = m.signals().get(signal);
            if (types != null) {
                return bus().send(Message.signal(path.value(), m.introspection().name().value(), signal)
                        .body(Signature.of(types), Arrays.asList(args)).build());
            }
        }
        throw new IllegalArgumentException("no interface of " + target.getClass().getSimpleName() + " at " + path
                + " declares a signal " + signal);
    }

    /**
     * Emits {@code org.freedesktop.DBus.Properties.PropertiesChanged} for {@code properties}, one signal per
     * interface they belong to, as each property's {@code emitsChange} says: its current value (read through
     * its getter) for {@code TRUE}, its name among the invalidated for {@code INVALIDATES}, nothing for
     * {@code CONST} and {@code FALSE}.
     */
    public void propertiesChanged(String... properties) throws IOException {
        for (ServiceModel m : models) {
            Map<String, Variant> changed = new LinkedHashMap<>();
            List<String> invalidated = new ArrayList<>();
            for (String name : properties) {
                ServiceModel.Prop p = m.properties().get(name);
                if (p == null) {
                    continue;
                }
                switch (p.emits()) {
                    case CONST, FALSE -> {
                        continue;   // the introspection promised no signal for it
                    }
                    case INVALIDATES -> {
                        invalidated.add(name);
                        continue;
                    }
                    case TRUE -> { }
                }
                if (p.getter() == null) {
                    invalidated.add(name);
                } else {
                    changed.put(name, Variant.of(p.type(), Dispatch.read(target, p)));
                }
            }
            if (!changed.isEmpty() || !invalidated.isEmpty()) {
                bus().send(Message.signal(path.value(), PropertiesInterface.NAME, "PropertiesChanged")
                        .body("sa{sv}as", m.introspection().name().value(), changed, invalidated).build());
            }
        }
    }

    /** Unexports the object: calls to its path get UnknownObject again. Idempotent. */
    @Override
    public void close() {
        server.unexport(this);
    }

    @Override
    public String toString() {
        return target.getClass().getSimpleName() + " at " + path;
    }
}
