package io.jdbus.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.address.TcpAddress.Family;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any address jdbus can build formats to text that parses back to an equal address, alone and in lists. */
class AddressRoundTripProperties {
    @Property(tries = 1000)
    void everyAddressParsesBackFromItsText(@ForAll("addresses") Address address) {
        String text = address.toString();
        assertEquals(address, Address.parse(text), text);
        assertEquals(text, Address.parse(text).toString());
    }

    @Property(tries = 300)
    void everyListParsesBackFromItsText(@ForAll("lists") List<Address> addresses) {
        AddressList list = new AddressList(addresses);
        assertEquals(list, AddressList.parse(list.toString()));
        assertEquals(list, AddressList.parse(list + ";"));
    }

    @Property(tries = 1000)
    void formattedValuesUseOnlySafeBytesAndEscapes(@ForAll("values") String value) {
        String text = UnknownAddressTexts.escape(value);
        assertTrue(text.chars().allMatch(c -> c == '%' || (c < 0x80 && AddressSyntax.isPlain((byte) c)
                && c != '\\')), text);
        assertEquals(Map.of("k", value), Address.parse("x-any:k=" + text).options());
    }

    @Property(tries = 500)
    void escapeCaseDoesNotMatter(@ForAll("values") String value) {
        String lower = UnknownAddressTexts.escape(value);
        StringBuilder upper = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            boolean hex = i > 0 && (lower.charAt(i - 1) == '%' || (i > 1 && lower.charAt(i - 2) == '%'));
            upper.append(hex ? Character.toUpperCase(lower.charAt(i)) : lower.charAt(i));
        }
        assertEquals(Address.parse("x-any:k=" + lower), Address.parse("x-any:k=" + upper));
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0001', '\u007f').ofMinLength(1).ofMaxLength(20),
                Arbitraries.strings().withChars("-_/.\\*%,;=: aé€").ofMinLength(1).ofMaxLength(20),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12)
                        .filter(s -> AddressText.valueProblem(s) == null));
    }

    private Arbitrary<Optional<Guid>> guids() {
        return Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(32).map(Guid::of)
                .optional(0.3);
    }

    @Provide
    Arbitrary<List<Address>> lists() {
        return addresses().list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<Address> addresses() {
        Arbitrary<String> v = values();
        Arbitrary<Integer> ports = Arbitraries.integers().between(0, 65535);
        Arbitrary<Optional<Family>> families = Arbitraries.of(Family.class).optional(0.5);
        Arbitrary<Address> unix = Combinators.combine(Arbitraries.of(UnixAddress.Kind.class), v, guids())
                .as((k, value, g) -> new UnixAddress(k, k == UnixAddress.Kind.RUNTIME ? "yes" : value, g));
        Arbitrary<Address> tcp = Combinators.combine(v, ports, families, v.optional(0.3), guids())
                .as(TcpAddress::new);
        Arbitrary<Address> nonce = Combinators.combine(v, ports, families, v.optional(0.3), v.optional(0.7), guids())
                .as(NonceTcpAddress::new);
        Arbitrary<Address> exec = Combinators.combine(v, v.optional(0.3), v.list().ofMaxSize(12), guids())
                .as(UnixExecAddress::new);
        Arbitrary<Address> autolaunch = Combinators.combine(v.optional(0.5), guids()).as(AutolaunchAddress::new);
        Arbitrary<Address> launchd = Combinators.combine(v, guids()).as(LaunchdAddress::new);
        Arbitrary<String> names = Arbitraries.strings().withChars("abcxyz-_.0129").ofMinLength(1).ofMaxLength(8);
        Arbitrary<Address> unknown = Combinators.combine(names.filter(n -> !Transports.isKnown(n)),
                Arbitraries.maps(names, v).ofMaxSize(4))
                .as((t, m) -> new UnknownAddress(t, new LinkedHashMap<>(m)));
        return Arbitraries.oneOf(unix, tcp, nonce, exec, autolaunch, launchd, unknown);
    }

    /** The escaping under test, reached the way users reach it: through a formatted address. */
    private static final class UnknownAddressTexts {
        static String escape(String value) {
            String text = new UnknownAddress("x-any", Map.of("k", value)).toString();
            return text.substring("x-any:k=".length());
        }
    }
}
