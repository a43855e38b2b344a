package io.jdbus.address;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A {@code tcp:} address: {@code host=}, {@code port=}, and optionally {@code family=ipv4|ipv6},
 * {@code bind=} and {@code guid=}.
 *
 * <p>As in libdbus, a missing {@code host=} means {@code localhost} and a missing {@code port=} means port 0,
 * any free port, which only a server can listen on ({@link #isConnectable()} is false). {@code bind=} names
 * the interface a server listens on; a client ignores it. TCP offers no credentials and no secrecy: the
 * specification advises against it beyond a trusted network.
 *
 * {@snippet :
 * TcpAddress t = TcpAddress.of("localhost", 4711);                  // tcp:host=localhost,port=4711
 * t.withFamily(TcpAddress.Family.IPV6);                             // tcp:host=localhost,port=4711,family=ipv6
 * Address.parse("tcp:host=%3a%3a1,port=4711");                      // host "::1"
 * TcpAddress.of("0.0.0.0", 0).isConnectable();                      // false: port 0 is for listening
 * }
 *
 * @param host the host name or IP address
 * @param port the port, 0..65535; 0 for any free port when listening
 * @param family the address family to resolve the host in, if given
 * @param bind the interface a server listens on, if given
 * @param guid the GUID the server must have, if given
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#transports-tcp-sockets">TCP Sockets</a>
 */
public record TcpAddress(String host, int port, Optional<Family> family, Optional<String> bind, Optional<Guid> guid)
        implements Address {
    /** The host a {@code tcp:} or {@code nonce-tcp:} address without {@code host=} means, as in libdbus. */
    public static final String DEFAULT_HOST = "localhost";

    static final Set<String> KEYS = Set.of("host", "port", "family", "bind", "guid");

    /** The {@code family=} of a TCP address. */
    public enum Family {
        /** {@code family=ipv4}. */
        IPV4("ipv4"),
        /** {@code family=ipv6}. */
        IPV6("ipv6");

        private final String value;

        Family(String value) {
            this.value = value;
        }

        /** The value as written in an address: {@code ipv4} or {@code ipv6}. */
        public String value() {
            return value;
        }
    }

    /** Validates the parts; throws {@link InvalidAddressException} citing the rule broken. */
    public TcpAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(guid, "guid");
        validate("tcp", host, port, bind, Optional.empty(),
                () -> AddressSyntax.format("tcp", options(host, port, family, bind, Optional.empty(), guid)));
    }

    /** {@code tcp:host=host,port=port}. */
    public static TcpAddress of(String host, int port) {
        return new TcpAddress(host, port, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** This address with {@code family=family}. */
    public TcpAddress withFamily(Family family) {
        return new TcpAddress(host, port, Optional.of(family), bind, guid);
    }

    /** This address with {@code bind=bind}. */
    public TcpAddress withBind(String bind) {
        return new TcpAddress(host, port, family, Optional.of(bind), guid);
    }

    /** This address with {@code guid=guid}. */
    public TcpAddress withGuid(Guid guid) {
        return new TcpAddress(host, port, family, bind, Optional.of(guid));
    }

    static TcpAddress from(Options o) {
        o.onlyKeys(KEYS::contains, "host, port, family, bind and guid");
        String host = o.optional("host").orElse(DEFAULT_HOST);
        int port = o.port();
        Optional<Family> family = o.family();
        Optional<String> bind = o.optional("bind");
        Optional<Guid> guid = o.guid();
        return o.build(() -> new TcpAddress(host, port, family, bind, guid));
    }

    @Override
    public String transport() {
        return "tcp";
    }

    @Override
    public Map<String, String> options() {
        return options(host, port, family, bind, Optional.empty(), guid);
    }

    /** True unless the port is 0. */
    @Override
    public boolean isConnectable() {
        return port != 0;
    }

    /** True. */
    @Override
    public boolean isListenable() {
        return true;
    }

    /** The address text, values escaped: {@code tcp:host=localhost,port=4711}. */
    @Override
    public String toString() {
        return AddressSyntax.format(transport(), options());
    }

    /** Checks the parts {@code tcp:} and {@code nonce-tcp:} share; {@code text} formats the address for a message. */
    static void validate(String transport, String host, int port, Optional<String> bind, Optional<String> noncefile,
            Supplier<String> text) {
        String why = AddressText.valueProblem(host);
        if (why != null) {
            throw new InvalidAddressException(transport, text.get(), "host", "has a host that " + why);
        }
        if (port < 0 || port > 65535) {
            throw new InvalidAddressException(transport, text.get(), "port", "has port " + port + " outside 0..65535");
        }
        why = bind.map(AddressText::valueProblem).orElse(null);
        if (why != null) {
            throw new InvalidAddressException(transport, text.get(), "bind", "has a bind value that " + why);
        }
        why = noncefile.map(AddressText::valueProblem).orElse(null);
        if (why != null) {
            throw new InvalidAddressException(transport, text.get(), "noncefile", "has a noncefile value that " + why);
        }
    }

    static Map<String, String> options(String host, int port, Optional<Family> family, Optional<String> bind,
            Optional<String> noncefile, Optional<Guid> guid) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("host", host);
        options.put("port", Integer.toString(port));
        family.ifPresent(f -> options.put("family", f.value()));
        bind.ifPresent(b -> options.put("bind", b));
        noncefile.ifPresent(n -> options.put("noncefile", n));
        guid.ifPresent(g -> options.put("guid", g.value()));
        return Collections.unmodifiableMap(options);
    }
}
