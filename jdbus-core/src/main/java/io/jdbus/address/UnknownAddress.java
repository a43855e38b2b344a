package io.jdbus.address;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An address whose transport jdbus does not know, such as {@code vsock:cid=2,port=5000}: kept as parsed, so a
 * list that also holds a usable address still parses, and connection code skips it.
 *
 * <p>The specification says a client ignores entries whose transport it does not know and tries the next;
 * only the generic syntax is checked here. The keys keep the order they were written in.
 *
 * {@snippet :
 * AddressList list = AddressList.parse("vsock:cid=2,port=5000;unix:path=/run/bus");
 * list.addresses().get(0);                  // vsock:cid=2,port=5000, an UnknownAddress
 * list.addresses().get(0).options();        // {cid=2, port=5000}
 * list.addresses().get(0).isConnectable();  // false
 * }
 *
 * @param transport the transport name
 * @param options the keys and their unescaped values, in the order written
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#addresses">Server Addresses</a>
 */
public record UnknownAddress(String transport, Map<String, String> options) implements Address {
    /** Validates the parts; throws {@link InvalidAddressException} citing the rule broken. */
    public UnknownAddress {
        Objects.requireNonNull(transport, "transport");
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : options.entrySet()) {
            copy.put(Objects.requireNonNull(e.getKey(), "key"), Objects.requireNonNull(e.getValue(), "value"));
        }
        options = Collections.unmodifiableMap(copy);
        String text = AddressSyntax.format(transport, options);
        if (Transports.isKnown(transport)) {
            throw new InvalidAddressException(transport, text, null, "has a transport jdbus knows; parse it instead");
        }
        String why = AddressSyntax.nameProblem(transport);
        if (why != null) {
            throw new InvalidAddressException(null, text, null, "has a transport name " + why);
        }
        for (Map.Entry<String, String> e : options.entrySet()) {
            why = AddressSyntax.nameProblem(e.getKey());
            if (why != null) {
                throw new InvalidAddressException(transport, text, e.getKey(), "has a key " + why);
            }
            why = AddressText.valueProblem(e.getValue());
            if (why != null) {
                throw new InvalidAddressException(transport, text, e.getKey(),
                        "has a value for key " + AddressText.quote(e.getKey()) + " that " + why);
            }
        }
    }

    /** The {@code guid=} value, if there is one and it is a valid GUID (nothing else is checked for an unknown transport). */
    @Override
    public Optional<Guid> guid() {
        String g = options.get("guid");
        return Guid.isValid(g) ? Optional.of(new Guid(g)) : Optional.empty();
    }

    /** False: jdbus cannot connect with a transport it does not know. */
    @Override
    public boolean isConnectable() {
        return false;
    }

    /** False. */
    @Override
    public boolean isListenable() {
        return false;
    }

    /** The address text, values escaped, keys in the order written. */
    @Override
    public String toString() {
        return AddressSyntax.format(transport, options);
    }
}
