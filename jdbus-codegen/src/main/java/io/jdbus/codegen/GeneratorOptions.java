package io.jdbus.codegen;

import java.util.Objects;

/**
 * What {@link Generator} generates: the Java package, client interfaces and/or service skeletons, and two
 * choices of types. Immutable; derive variants with the {@code withX} methods.
 *
 * {@snippet :
 * GeneratorOptions options = GeneratorOptions.of("com.example.gen")   // client and service
 *         .withService(false)                                          // client interfaces only
 *         .withUint64AsBigInteger(true);                               // t as BigInteger, not long
 * }
 *
 * @param packageName         the package of every generated type; empty for the unnamed package
 * @param client              generate a typed client interface per D-Bus interface ({@code obj.as(X.class)})
 * @param service             generate a service skeleton per D-Bus interface ({@code ObjectServer.export})
 * @param uint64AsBigInteger  declare {@code t} as {@code BigInteger} (every value fits) instead of {@code long}
 *                            (values of 2⁶³ and more are refused when read)
 * @param standardInterfaces  also generate {@code org.freedesktop.DBus.Properties}, {@code Introspectable},
 *                            {@code Peer} and {@code ObjectManager}, which a live object's XML lists and which
 *                            jdbus provides by itself
 */
public record GeneratorOptions(String packageName, boolean client, boolean service, boolean uint64AsBigInteger,
        boolean standardInterfaces) {

    /** Checks the package name: dot-separated Java identifiers, none of them a keyword. */
    public GeneratorOptions {
        Objects.requireNonNull(packageName, "packageName");
        if (!packageName.isEmpty()) {
            for (String part : packageName.split("\\.", -1)) {
                if (!JavaNames.isIdentifier(part)) {
                    throw new IllegalArgumentException("package name \"" + packageName + "\" is not a Java package"
                            + " name: \"" + part + "\" is not a Java identifier (or is a keyword)");
                }
            }
        }
        if (!client && !service) {
            throw new IllegalArgumentException("nothing to generate: turn on the client interfaces, the service"
                    + " skeletons, or both");
        }
    }

    /** Client interfaces and service skeletons in {@code packageName}, {@code t} as {@code long}. */
    public static GeneratorOptions of(String packageName) {
        return new GeneratorOptions(packageName, true, true, false, false);
    }

    /** These options with client interfaces on or off. */
    public GeneratorOptions withClient(boolean on) {
        return new GeneratorOptions(packageName, on, service, uint64AsBigInteger, standardInterfaces);
    }

    /** These options with service skeletons on or off. */
    public GeneratorOptions withService(boolean on) {
        return new GeneratorOptions(packageName, client, on, uint64AsBigInteger, standardInterfaces);
    }

    /** These options with {@code t} declared as {@code BigInteger} ({@code true}) or {@code long}. */
    public GeneratorOptions withUint64AsBigInteger(boolean on) {
        return new GeneratorOptions(packageName, client, service, on, standardInterfaces);
    }

    /** These options with the standard {@code org.freedesktop.DBus.*} interfaces generated too, or skipped. */
    public GeneratorOptions withStandardInterfaces(boolean on) {
        return new GeneratorOptions(packageName, client, service, uint64AsBigInteger, on);
    }
}
