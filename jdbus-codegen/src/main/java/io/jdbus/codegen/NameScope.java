package io.jdbus.codegen;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Names already given in one Java scope (a package's types, an interface's members, a method's parameters):
 * a second claim of the same name gets a number appended ({@code getFoo}, {@code getFoo2}, ...).
 */
final class NameScope {
    private final Set<String> taken;

    NameScope(Collection<String> reserved) {
        this.taken = new HashSet<>(reserved);
    }

    /** {@code wanted}, escaped if it is a keyword, or with the first free number appended. */
    String claim(String wanted) {
        String base = JavaNames.escape(wanted);
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = base + i;
        }
        return name;
    }

    /** Whether {@code name} is still free. */
    boolean isFree(String name) {
        return !taken.contains(name);
    }
}
