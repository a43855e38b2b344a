package io.jdbus.service;

import io.jdbus.binding.DBusInterface;
import io.jdbus.binding.DBusMethod;
import io.jdbus.binding.DBusSignal;
import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.StandardError;
import io.jdbus.internal.JavaValues;
import io.jdbus.types.Variant;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code org.freedesktop.DBus.Properties} of one exported object, itself exported through the service's
 * own annotations: Get, Set and GetAll read the object's model, with the standard errors.
 */
@DBusInterface(PropertiesInterface.NAME)
final class PropertiesInterface {
    static final String NAME = "org.freedesktop.DBus.Properties";

    private final ExportedObject object;

    PropertiesInterface(ExportedObject object) {
        this.object = object;
    }

    @DBusMethod
    public Variant get(String interfaceName, String propertyName) throws IOException {
        ServiceModel.Prop p = property(interfaceName, propertyName);
        if (p.getter() == null) {
            throw new DBusErrorException(StandardError.INVALID_ARGS, "property " + propertyName + " is not readable");
        }
        return Variant.of(p.type(), Dispatch.read(object.target(), p));
    }

    @DBusMethod
    public void set(String interfaceName, String propertyName, Variant value) throws Exception {
        ServiceModel.Prop p = property(interfaceName, propertyName);
        if (p.setter() == null) {
            throw new DBusErrorException(StandardError.PROPERTY_READ_ONLY, "property " + propertyName + " is read-only");
        }
        if (!value.type().equals(p.type())) {
            throw new DBusErrorException(StandardError.INVALID_ARGS, "property " + propertyName + " has type \""
                    + p.type().signature() + "\", not \"" + value.type().signature() + "\"");
        }
        Dispatch.invoke(p.setter(), object.target(), JavaValues.convert(p.type(), value.value(),
                p.setter().getGenericParameterTypes()[0]));
    }

    @DBusMethod
    public Map<String, Variant> getAll(String interfaceName) throws IOException {
        Map<String, Variant> all = new LinkedHashMap<>();
        if (interfaceName.isEmpty()) {
            for (ServiceModel m : object.models()) {
                readAll(m, all);
            }
            return all;
        }
        readAll(model(interfaceName), all);
        return all;
    }

    @DBusSignal
    public void propertiesChanged(String interfaceName, Map<String, Variant> changedProperties,
            List<String> invalidatedProperties) {
        // the declaration of the signal; ExportedObject.propertiesChanged sends it
    }

    private void readAll(ServiceModel m, Map<String, Variant> into) throws IOException {
        for (var e : m.properties().entrySet()) {
            if (e.getValue().getter() != null) {
                into.put(e.getKey(), Variant.of(e.getValue().type(), Dispatch.read(object.target(), e.getValue())));
            }
        }
    }

    private ServiceModel model(String interfaceName) {
        return object.models().stream().filter(x -> x.introspection().name().value().equals(interfaceName))
                .findFirst().orElseThrow(() -> new DBusErrorException(StandardError.UNKNOWN_INTERFACE,
                        "no interface " + interfaceName));
    }

    private ServiceModel.Prop property(String interfaceName, String propertyName) {
        ServiceModel.Prop p = model(interfaceName).properties().get(propertyName);
        if (p == null) {
            throw new DBusErrorException(StandardError.UNKNOWN_PROPERTY, "interface " + interfaceName
                    + " has no property " + propertyName);
        }
        return p;
    }
}
