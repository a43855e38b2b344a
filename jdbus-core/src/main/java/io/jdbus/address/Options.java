package io.jdbus.address;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads the keys of one parsed entry for a known transport, failing with messages that cite the entry's text.
 */
final class Options {
    private final AddressSyntax.Entry entry;

    Options(AddressSyntax.Entry entry) {
        this.entry = entry;
    }

    Map<String, String> all() {
        return entry.options();
    }

    /**
     * Rejects any key that {@code known} does not accept: a misspelt key would otherwise be dropped without a
     * word (libdbus ignores unknown keys; GDBus, like jdbus, refuses them).
     */
    Options onlyKeys(Predicate<String> known, String list) {
        for (String key : entry.options().keySet()) {
            if (!known.test(key)) {
                throw fail(key, "has unknown key " + AddressText.quote(key) + " (" + entry.transport()
                        + " takes " + list + ")");
            }
        }
        return this;
    }

    Optional<String> optional(String key) {
        return Optional.ofNullable(entry.options().get(key));
    }

    String required(String key, String why) {
        String value = entry.options().get(key);
        if (value == null) {
            throw fail(key, "has no " + key + "= key" + (why.isEmpty() ? "" : ", " + why));
        }
        return value;
    }

    Optional<Guid> guid() {
        return optional("guid").map(g -> {
            String why = Guid.problem(g);
            if (why != null) {
                throw fail("guid", "has guid " + why);
            }
            return new Guid(g);
        });
    }

    /** A port: decimal digits for 0..65535; {@code 0} when the key is absent (any free port, for listening). */
    int port() {
        String text = entry.options().get("port");
        if (text == null) {
            return 0;
        }
        boolean digits = text.length() <= 5;
        for (int i = 0; i < text.length() && digits; i++) {
            digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (!digits) {
            boolean allDigits = text.chars().allMatch(c -> c >= '0' && c <= '9');
            throw fail("port", "has port " + AddressText.quote(text)
                    + (allDigits ? " outside 0..65535" : ", which is not a decimal number in 0..65535"));
        }
        int port = Integer.parseInt(text);
        if (port > 65535) {
            throw fail("port", "has port " + port + " outside 0..65535");
        }
        return port;
    }

    Optional<TcpAddress.Family> family() {
        return optional("family").map(f -> switch (f) {
            case "ipv4" -> TcpAddress.Family.IPV4;
            case "ipv6" -> TcpAddress.Family.IPV6;
            default -> throw fail("family", "has family " + AddressText.quote(f) + "; it must be ipv4 or ipv6");
        });
    }

    InvalidAddressException fail(String key, String problem) {
        return new InvalidAddressException(entry.transport(), entry.text(), key, problem);
    }

    /** Builds the record, citing the entry's own text if its constructor refuses a value. */
    <A extends Address> A build(Supplier<A> constructor) {
        try {
            return constructor.get();
        } catch (InvalidAddressException e) {
            throw e.at(entry.text());
        }
    }
}
