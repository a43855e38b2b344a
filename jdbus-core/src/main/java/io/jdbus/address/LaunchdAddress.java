package io.jdbus.address;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code launchd:} address, which jdbus parses but does not support: connecting with it throws
 * {@link UnusableAddressException} saying so.
 *
 * <p>On macOS, {@code env=} names a launchd environment variable that holds the path of the session bus
 * socket; reading it takes {@code launchctl getenv}, outside what a pure-Java library should run. Set
 * {@code DBUS_SESSION_BUS_ADDRESS=unix:path=...} instead.
 *
 * {@snippet :
 * Address a = Address.parse("launchd:env=DBUS_LAUNCHD_SESSION_BUS_SOCKET");
 * a.requireConnectable();   // throws: launchd: address "..." is not supported by jdbus: ...
 * }
 *
 * @param env the launchd environment variable holding the socket path
 * @param guid the GUID the server must have, if given
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#transports-launchd">launchd</a>
 */
public record LaunchdAddress(String env, Optional<Guid> guid) implements Address {
    /** Validates the parts; throws {@link InvalidAddressException} citing the rule broken. */
    public LaunchdAddress {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(guid, "guid");
        String why = AddressText.valueProblem(env);
        if (why != null) {
            throw new InvalidAddressException("launchd", AddressSyntax.format("launchd", options(env, guid)),
                    "env", "has an env value that " + why);
        }
    }

    /** {@code launchd:env=env}. */
    public static LaunchdAddress of(String env) {
        return new LaunchdAddress(env, Optional.empty());
    }

    static LaunchdAddress from(Options o) {
        o.onlyKeys(k -> k.equals("env") || k.equals("guid"), "env and guid");
        String env = o.required("env", "the launchd variable that holds the socket path");
        Optional<Guid> guid = o.guid();
        return o.build(() -> new LaunchdAddress(env, guid));
    }

    @Override
    public String transport() {
        return "launchd";
    }

    @Override
    public Map<String, String> options() {
        return options(env, guid);
    }

    /** True, by the specification; but jdbus does not support it ({@link #requireConnectable()} throws). */
    @Override
    public boolean isConnectable() {
        return true;
    }

    /** False. */
    @Override
    public boolean isListenable() {
        return false;
    }

    /** The address text, values escaped. */
    @Override
    public String toString() {
        return AddressSyntax.format(transport(), options());
    }

    private static Map<String, String> options(String env, Optional<Guid> guid) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("env", env);
        guid.ifPresent(g -> options.put("guid", g.value()));
        return Collections.unmodifiableMap(options);
    }
}
