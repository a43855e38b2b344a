package io.jdbus.address;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code nonce-tcp:} address: TCP, where the client first sends 16 secret bytes read from a file that only
 * local users can read; the keys of {@link TcpAddress} plus {@code noncefile=}.
 *
 * <p>A client needs {@code noncefile=}; a server always creates a new nonce file and ignores the key, so an
 * address without it is listenable but not connectable. Host and port default as for {@code tcp:}.
 *
 * {@snippet :
 * NonceTcpAddress n = NonceTcpAddress.of("127.0.0.1", 4711, "/run/user/1000/dbus-nonce");
 * n.toString();        // nonce-tcp:host=127.0.0.1,port=4711,noncefile=/run/user/1000/dbus-nonce
 * Address.parse("nonce-tcp:host=127.0.0.1,port=0").isConnectable();   // false: no noncefile, port 0
 * }
 *
 * @param host the host name or IP address
 * @param port the port, 0..65535; 0 for any free port when listening
 * @param family the address family to resolve the host in, if given
 * @param bind the interface a server listens on, if given
 * @param noncefile the file holding the nonce, which a client needs
 * @param guid the GUID the server must have, if given
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#transports-nonce-tcp-sockets">Nonce-authenticated TCP Sockets</a>
 */
public record NonceTcpAddress(String host, int port, Optional<TcpAddress.Family> family, Optional<String> bind,
        Optional<String> noncefile, Optional<Guid> guid) implements Address {

    private static final Set<String> KEYS = keys();

    /** Validates the parts; throws {@link InvalidAddressException} citing the rule broken. */
    public NonceTcpAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(noncefile, "noncefile");
        Objects.requireNonNull(guid, "guid");
        TcpAddress.validate("nonce-tcp", host, port, bind, noncefile,
                () -> AddressSyntax.format("nonce-tcp", TcpAddress.options(host, port, family, bind, noncefile, guid)));
    }

    /** {@code nonce-tcp:host=host,port=port,noncefile=noncefile}. */
    public static NonceTcpAddress of(String host, int port, String noncefile) {
        return new NonceTcpAddress(host, port, Optional.empty(), Optional.empty(), Optional.of(noncefile),
                Optional.empty());
    }

    /** This address with {@code family=family}. */
    public NonceTcpAddress withFamily(TcpAddress.Family family) {
        return new NonceTcpAddress(host, port, Optional.of(family), bind, noncefile, guid);
    }

    /** This address with {@code bind=bind}. */
    public NonceTcpAddress withBind(String bind) {
        return new NonceTcpAddress(host, port, family, Optional.of(bind), noncefile, guid);
    }

    /** This address with {@code guid=guid}. */
    public NonceTcpAddress withGuid(Guid guid) {
        return new NonceTcpAddress(host, port, family, bind, noncefile, Optional.of(guid));
    }

    static NonceTcpAddress from(Options o) {
        o.onlyKeys(KEYS::contains, "host, port, family, bind, noncefile and guid");
        String host = o.optional("host").orElse(TcpAddress.DEFAULT_HOST);
        int port = o.port();
        Optional<TcpAddress.Family> family = o.family();
        Optional<String> bind = o.optional("bind");
        Optional<String> noncefile = o.optional("noncefile");
        Optional<Guid> guid = o.guid();
        return o.build(() -> new NonceTcpAddress(host, port, family, bind, noncefile, guid));
    }

    private static Set<String> keys() {
        Set<String> keys = new HashSet<>(TcpAddress.KEYS);
        keys.add("noncefile");
        return Set.copyOf(keys);
    }

    @Override
    public String transport() {
        return "nonce-tcp";
    }

    @Override
    public Map<String, String> options() {
        return TcpAddress.options(host, port, family, bind, noncefile, guid);
    }

    /** True when the port is not 0 and {@code noncefile=} is given. */
    @Override
    public boolean isConnectable() {
        return port != 0 && noncefile.isPresent();
    }

    /** True. */
    @Override
    public boolean isListenable() {
        return true;
    }

    /** The address text, values escaped. */
    @Override
    public String toString() {
        return AddressSyntax.format(transport(), options());
    }
}
