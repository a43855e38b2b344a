package io.jdbus.codegen;

import io.jdbus.introspect.Access;
import io.jdbus.introspect.EmitsChangedSignal;
import java.util.List;

/**
 * Every Java name and type chosen for one D-Bus interface, worked out once and rendered twice (client
 * interface and service skeleton), so that both sides declare the same thing.
 *
 * @param dbusName    the D-Bus interface name
 * @param clientName  the client interface's simple name ({@code null} when not generated)
 * @param serviceName the service skeleton's simple name ({@code null} when not generated)
 * @param methods     the methods, in XML order
 * @param properties  the properties, in XML order
 * @param signals     the signals, in XML order
 * @param doc         the interface's {@code org.gtk.GDBus.DocString}, or empty
 * @param deprecated  whether the interface is {@code org.freedesktop.DBus.Deprecated}
 */
record InterfacePlan(String dbusName, String clientName, String serviceName, List<MethodPlan> methods,
        List<PropertyPlan> properties, List<SignalPlan> signals, String doc, boolean deprecated) {

    /** An argument: its Java parameter or component name, type and documentation. */
    record ArgPlan(String dbusName, String name, JavaType type, String doc) {
    }

    /**
     * A method. {@code result} is {@code null} for no out argument; for several it is the generated record
     * ({@link #multiple()}).
     */
    record MethodPlan(String dbusName, String javaName, boolean renamed, List<ArgPlan> in, List<ArgPlan> out,
            JavaType result, String doc, boolean deprecated, boolean noReply) {

        /** Whether the method has several out arguments, returned as one generated record. */
        boolean multiple() {
            return out.size() > 1;
        }
    }

    /** A property: the getter ({@code null} unless readable) and setter ({@code null} unless writable). */
    record PropertyPlan(String dbusName, String getter, String setter, boolean renamed, JavaType type, Access access,
            EmitsChangedSignal emits, String doc, boolean deprecated) {
    }

    /**
     * A signal: the client's subscription method, the service's declaration and emit helper, and the record
     * of its arguments when it has several ({@code null} otherwise, or without a client).
     */
    record SignalPlan(String dbusName, String subscribe, boolean subscribeRenamed, String declare,
            boolean declareRenamed, String emit, List<ArgPlan> args, String record, String doc, boolean deprecated) {
    }
}
