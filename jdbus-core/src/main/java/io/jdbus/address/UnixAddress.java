package io.jdbus.address;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code unix:} address: a Unix domain socket, named by exactly one of {@code path=}, {@code abstract=},
 * {@code dir=}, {@code tmpdir=} or {@code runtime=yes}, with an optional {@code guid=}.
 *
 * <p>{@code path} and {@code abstract} name a socket, to connect to or to listen on. {@code dir},
 * {@code tmpdir} and {@code runtime=yes} tell a server where to create a socket of its own choosing, so they
 * are for listening only ({@link #isConnectable()} is false). Socket path length limits (108 bytes on Linux)
 * are the operating system's and are left to the code that opens the socket.
 *
 * {@snippet :
 * UnixAddress bus = UnixAddress.path("/run/user/1000/bus");        // unix:path=/run/user/1000/bus
 * UnixAddress.abstractName("/tmp/dbus-x1CPDQ");                     // unix:abstract=/tmp/dbus-x1CPDQ
 * UnixAddress.dir("/tmp").isConnectable();                          // false: for listening
 * UnixAddress.runtime();                                            // unix:runtime=yes
 * Address.parse("unix:path=/run/bus-for-%3a0");                     // path "/run/bus-for-:0"
 * }
 *
 * @param kind which key names the socket
 * @param value that key's unescaped value; {@code "yes"} for {@link Kind#RUNTIME}
 * @param guid the GUID the server must have, if given
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#transports-unix-domain-sockets-addresses">Server Address Format (Unix Domain Sockets)</a>
 */
public record UnixAddress(Kind kind, String value, Optional<Guid> guid) implements Address {
    /** The keys of a {@code unix:} address, each mapped to the kind it names; {@code guid} to {@code null}. */
    private static final Map<String, Kind> KEYS = keys();

    /** Which key of a {@code unix:} address names the socket. */
    public enum Kind {
        /** {@code path=}: a socket in the file system. */
        PATH("path"),
        /** {@code abstract=}: a socket in Linux's abstract namespace. */
        ABSTRACT("abstract"),
        /** {@code dir=}: a directory in which a server creates a socket file (listening only). */
        DIR("dir"),
        /** {@code tmpdir=}: as {@code dir=}, and the server may use the abstract namespace instead (listening only). */
        TMPDIR("tmpdir"),
        /** {@code runtime=yes}: a socket {@code bus} in {@code $XDG_RUNTIME_DIR} (listening only). */
        RUNTIME("runtime");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The key as written in an address: {@code path}, {@code abstract}, .... */
        public String key() {
            return key;
        }
    }

    /** Validates the parts; throws {@link InvalidAddressException} citing the rule broken. */
    public UnixAddress {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(guid, "guid");
        if (kind == Kind.RUNTIME && !value.equals("yes")) {
            throw invalid(kind, value, guid, "has runtime=" + AddressText.quote(value) + "; the only value allowed is yes");
        }
        String why = AddressText.valueProblem(value);
        if (why != null) {
            throw invalid(kind, value, guid, "has a value for key \"" + kind.key() + "\" that " + why);
        }
    }

    /** {@code unix:path=path}: a socket file, to connect to or listen on. */
    public static UnixAddress path(String path) {
        return new UnixAddress(Kind.PATH, path, Optional.empty());
    }

    /** {@code unix:abstract=name}: a socket in Linux's abstract namespace, to connect to or listen on. */
    public static UnixAddress abstractName(String name) {
        return new UnixAddress(Kind.ABSTRACT, name, Optional.empty());
    }

    /** {@code unix:dir=directory}: listen on a new socket file in {@code directory}. */
    public static UnixAddress dir(String directory) {
        return new UnixAddress(Kind.DIR, directory, Optional.empty());
    }

    /** {@code unix:tmpdir=directory}: as {@link #dir}, the server free to use the abstract namespace. */
    public static UnixAddress tmpdir(String directory) {
        return new UnixAddress(Kind.TMPDIR, directory, Optional.empty());
    }

    /** {@code unix:runtime=yes}: listen on {@code $XDG_RUNTIME_DIR/bus}. */
    public static UnixAddress runtime() {
        return new UnixAddress(Kind.RUNTIME, "yes", Optional.empty());
    }

    /** This address with {@code guid=guid}. */
    public UnixAddress withGuid(Guid guid) {
        return new UnixAddress(kind, value, Optional.of(guid));
    }

    static UnixAddress from(Options o) {
        o.onlyKeys(KEYS::containsKey, "path, abstract, dir, tmpdir, runtime and guid");
        Kind kind = null;
        for (String key : o.all().keySet()) {
            Kind k = KEYS.get(key);
            if (k == null) {
                continue;
            }
            if (kind != null) {
                throw o.fail(key, "has both " + kind.key() + " and " + key);
            }
            kind = k;
        }
        if (kind == null) {
            throw o.fail(null, "has none of path, abstract, dir, tmpdir and runtime; it needs exactly one");
        }
        Kind found = kind;
        String value = o.all().get(found.key());
        Optional<Guid> guid = o.guid();
        return o.build(() -> new UnixAddress(found, value, guid));
    }

    private static Map<String, Kind> keys() {
        Map<String, Kind> keys = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            keys.put(k.key(), k);
        }
        keys.put("guid", null);
        return keys;
    }

    @Override
    public String transport() {
        return "unix";
    }

    @Override
    public Map<String, String> options() {
        return options(kind, value, guid);
    }

    /** True for {@code path} and {@code abstract}, which name an existing socket. */
    @Override
    public boolean isConnectable() {
        return kind == Kind.PATH || kind == Kind.ABSTRACT;
    }

    /** True: a server can listen on every kind of {@code unix:} address. */
    @Override
    public boolean isListenable() {
        return true;
    }

    /** The address text, values escaped: {@code unix:path=/run/user/1000/bus}. */
    @Override
    public String toString() {
        return AddressSyntax.format(transport(), options());
    }

    private static Map<String, String> options(Kind kind, String value, Optional<Guid> guid) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put(kind.key(), value);
        guid.ifPresent(g -> options.put("guid", g.value()));
        return Collections.unmodifiableMap(options);
    }

    private static InvalidAddressException invalid(Kind kind, String value, Optional<Guid> guid, String problem) {
        return new InvalidAddressException("unix", AddressSyntax.format("unix", options(kind, value, guid)),
                kind.key(), problem);
    }
}
