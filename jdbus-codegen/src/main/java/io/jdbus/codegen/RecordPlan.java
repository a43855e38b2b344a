package io.jdbus.codegen;

import java.util.List;

/**
 * A record to generate: for a struct, for the several out arguments of a method, or for the several arguments
 * of a signal.
 *
 * @param name       its simple name, unique in the package
 * @param components its components in D-Bus order
 * @param doc        the first line of its Javadoc
 */
record RecordPlan(String name, List<Component> components, String doc) {

    /** One component: its Java name, type and documentation (empty when none). */
    record Component(String name, JavaType type, String doc) {
    }
}
