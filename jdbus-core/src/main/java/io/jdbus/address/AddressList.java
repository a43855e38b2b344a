package io.jdbus.address;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A list of server addresses separated by {@code ';'}, as {@code DBUS_SESSION_BUS_ADDRESS} holds it; a client
 * tries them in order and uses the first that works.
 *
 * <p>Entries of unknown transports parse to {@link UnknownAddress}, which the client skips; any malformed
 * entry makes the whole list invalid, as in libdbus. Like libdbus, a single {@code ';'} after the last
 * entry is accepted; an empty entry anywhere else ({@code ";;"}, a leading {@code ';'}) and an empty list
 * are not.
 *
 * {@snippet :
 * AddressList list = AddressList.parse("unix:path=/run/user/1000/bus;tcp:host=localhost,port=4711");
 * for (Address a : list) {
 *     // try a, keep the failure, go on to the next
 * }
 * list.toString();    // unix:path=/run/user/1000/bus;tcp:host=localhost,port=4711
 * }
 *
 * @param addresses the addresses, in the order to try them; at least one
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#addresses">Server Addresses</a>
 */
public record AddressList(List<Address> addresses) implements Iterable<Address> {
    /** Copies {@code addresses}; throws {@link InvalidAddressException} if it is empty. */
    public AddressList {
        addresses = List.copyOf(addresses);
        if (addresses.isEmpty()) {
            throw new InvalidAddressException(null, "", null, "is empty: there is no address to try");
        }
    }

    /** A list of the given addresses, in order. */
    public static AddressList of(Address... addresses) {
        return new AddressList(List.of(addresses));
    }

    /**
     * Parses a list of addresses separated by {@code ';'}.
     *
     * @throws InvalidAddressException if {@code text} is empty or any entry of it is not a valid address
     * @throws NullPointerException if {@code text} is null
     */
    public static AddressList parse(String text) {
        Objects.requireNonNull(text, "address list");
        List<Address> addresses = new ArrayList<>();
        for (AddressSyntax.Entry entry : AddressSyntax.parseList(text)) {
            addresses.add(Transports.toAddress(entry));
        }
        return new AddressList(addresses);
    }

    /** The addresses in order. */
    @Override
    public Iterator<Address> iterator() {
        return addresses.iterator();
    }

    /** The addresses jdbus could connect with, in order: those for which {@link Address#requireConnectable()} passes. */
    public List<Address> connectable() {
        List<Address> usable = new ArrayList<>();
        for (Address a : addresses) {
            try {
                usable.add(a.requireConnectable());
            } catch (UnusableAddressException e) {
                // skipped, as the specification has clients skip what they cannot use
            }
        }
        return List.copyOf(usable);
    }

    /** The list text: each address's text, separated by {@code ';'}. */
    @Override
    public String toString() {
        return addresses.stream().map(Address::toString).collect(Collectors.joining(";"));
    }
}
