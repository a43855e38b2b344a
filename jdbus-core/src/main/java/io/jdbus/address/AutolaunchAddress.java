package io.jdbus.address;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code autolaunch:} address, which jdbus parses but does not support: connecting with it throws
 * {@link UnusableAddressException} saying so.
 *
 * <p>Autolaunch finds or starts a session bus through the X11 root window (libdbus on Unix) or a shared
 * memory segment (Windows, with {@code scope=}). Both rely on machinery outside D-Bus that a pure-Java
 * library should not drive; a session started by systemd or {@code dbus-launch} sets
 * {@code DBUS_SESSION_BUS_ADDRESS} or {@code XDG_RUNTIME_DIR}, which jdbus reads.
 *
 * {@snippet :
 * Address a = Address.parse("autolaunch:");
 * a.requireConnectable();   // throws: autolaunch: address "autolaunch:" is not supported by jdbus: ...
 * }
 *
 * @param scope the Windows scope ({@code *install-path}, {@code *user}, or a name), if given
 * @param guid the GUID the server must have, if given
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#meta-transports-autolaunch">Autolaunch</a>
 */
public record AutolaunchAddress(Optional<String> scope, Optional<Guid> guid) implements Address {
    /** Validates the parts; throws {@link InvalidAddressException} citing the rule broken. */
    public AutolaunchAddress {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(guid, "guid");
        String why = scope.map(AddressText::valueProblem).orElse(null);
        if (why != null) {
            throw new InvalidAddressException("autolaunch", AddressSyntax.format("autolaunch", options(scope, guid)),
                    "scope", "has a scope that " + why);
        }
    }

    /** {@code autolaunch:} without keys. */
    public static AutolaunchAddress of() {
        return new AutolaunchAddress(Optional.empty(), Optional.empty());
    }

    static AutolaunchAddress from(Options o) {
        o.onlyKeys(k -> k.equals("scope") || k.equals("guid"), "scope and guid");
        Optional<String> scope = o.optional("scope");
        Optional<Guid> guid = o.guid();
        return o.build(() -> new AutolaunchAddress(scope, guid));
    }

    @Override
    public String transport() {
        return "autolaunch";
    }

    @Override
    public Map<String, String> options() {
        return options(scope, guid);
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

    private static Map<String, String> options(Optional<String> scope, Optional<Guid> guid) {
        Map<String, String> options = new LinkedHashMap<>();
        scope.ifPresent(s -> options.put("scope", s));
        guid.ifPresent(g -> options.put("guid", g.value()));
        return Collections.unmodifiableMap(options);
    }
}
