package io.jdbus.address;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One D-Bus server address, such as {@code unix:path=/run/user/1000/bus}: a transport and its keys, validated.
 *
 * <p>There is one record per transport of the specification, and {@link UnknownAddress} for the others, which
 * a list of addresses skips. {@code toString()} formats the address back, values escaped; parsing that text
 * gives back an equal record. An address is data: nothing here opens a socket or reads a file.
 *
 * {@snippet :
 * Address a = Address.parse("unix:path=/run/user/1000/bus,guid=4a3f8ab5b6b1e03b9a9b31e4665b9f1c");
 * switch (a) {
 *     case UnixAddress u -> connectUnix(u);
 *     case TcpAddress t -> connectTcp(t.host(), t.port());
 *     case NonceTcpAddress n -> connectNonceTcp(n);
 *     case UnixExecAddress e -> spawn(e.commandLine());
 *     case AutolaunchAddress x -> x.requireConnectable();  // throws: not supported by jdbus
 *     case LaunchdAddress x -> x.requireConnectable();     // throws: not supported by jdbus
 *     case UnknownAddress u -> { }                         // skipped, as the specification says
 * }
 * a.isConnectable();   // true
 * a.toString();        // unix:path=/run/user/1000/bus,guid=4a3f8ab5b6b1e03b9a9b31e4665b9f1c
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#addresses">Server Addresses</a>
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#transports">Transports</a>
 * @see AddressList
 */
public sealed interface Address
        permits UnixAddress, TcpAddress, NonceTcpAddress, UnixExecAddress, AutolaunchAddress, LaunchdAddress,
                UnknownAddress {

    /** The transport name: {@code unix}, {@code tcp}, {@code nonce-tcp}, {@code unixexec}, .... */
    String transport();

    /** The GUID the server must have ({@code guid=}), if the address names one. */
    Optional<Guid> guid();

    /** The keys and their unescaped values, in the order {@code toString()} writes them. */
    Map<String, String> options();

    /**
     * Whether the specification lets a client connect to this address: {@code unix:dir=} for instance is
     * for listening only, and {@code tcp:port=0} asks for any free port, which only a server can do.
     */
    boolean isConnectable();

    /** Whether the specification lets a server listen on this address. */
    boolean isListenable();

    /**
     * Returns this address if jdbus can connect with it; throws otherwise, saying why: a listen-only
     * address, a transport jdbus does not support ({@code autolaunch:}, {@code launchd:}) or an unknown one.
     *
     * @throws UnusableAddressException if jdbus cannot connect with this address
     */
    default Address requireConnectable() throws UnusableAddressException {
        String why = unusable(this, true);
        if (why != null) {
            throw new UnusableAddressException(transport() + ": address " + AddressText.quote(toString()) + " " + why);
        }
        return this;
    }

    /**
     * Returns this address if a jdbus server can listen on it; throws otherwise, saying why.
     *
     * @throws UnusableAddressException if a jdbus server cannot listen on this address
     */
    default Address requireListenable() throws UnusableAddressException {
        String why = unusable(this, false);
        if (why != null) {
            throw new UnusableAddressException(transport() + ": address " + AddressText.quote(toString()) + " " + why);
        }
        return this;
    }

    /**
     * Parses one address, such as {@code tcp:host=localhost,port=4711}.
     *
     * @throws InvalidAddressException if {@code text} is not one valid address (a list of several is refused:
     *         use {@link AddressList#parse(String)})
     * @throws NullPointerException if {@code text} is null
     */
    static Address parse(String text) {
        List<AddressSyntax.Entry> entries = AddressSyntax.parseList(text);
        if (entries.size() != 1) {
            throw new InvalidAddressException(null, text, null, "is a list of " + entries.size()
                    + " addresses, not one (AddressList.parse reads lists)");
        }
        return Transports.toAddress(entries.getFirst());
    }

    private static String unusable(Address address, boolean connect) {
        return switch (address) {
            case UnixAddress u -> connect && !u.isConnectable()
                    ? "is for listening only: " + u.kind().key() + "= says where a server creates its socket"
                    : null;
            case TcpAddress t -> connect && !t.isConnectable()
                    ? "has port 0 (or none), which asks for any free port: only a server can listen on it"
                    : null;
            case NonceTcpAddress n -> !connect || n.isConnectable() ? null
                    : n.port() == 0 ? "has port 0 (or none), which asks for any free port: only a server can listen on it"
                    : "has no noncefile=, which a client needs to read the nonce from";
            case UnixExecAddress e -> connect ? null : "is for connecting only: it runs a program to talk to";
            case AutolaunchAddress a -> "is not supported by jdbus: autolaunch starts a session bus on demand"
                    + " through X11 or Windows mechanisms; start a bus and set DBUS_SESSION_BUS_ADDRESS instead";
            case LaunchdAddress l -> "is not supported by jdbus: launchd asks macOS's launchd for the socket"
                    + " path; set DBUS_SESSION_BUS_ADDRESS to unix:path=... instead";
            case UnknownAddress u -> "has transport " + AddressText.quote(u.transport())
                    + ", which jdbus does not know; in a list of addresses it is skipped";
        };
    }
}
