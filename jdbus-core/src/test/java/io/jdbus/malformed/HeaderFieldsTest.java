package io.jdbus.malformed;

import static io.jdbus.malformed.RawMessage.DESTINATION;
import static io.jdbus.malformed.RawMessage.ERROR;
import static io.jdbus.malformed.RawMessage.ERROR_NAME;
import static io.jdbus.malformed.RawMessage.INTERFACE;
import static io.jdbus.malformed.RawMessage.MEMBER;
import static io.jdbus.malformed.RawMessage.METHOD_CALL;
import static io.jdbus.malformed.RawMessage.METHOD_RETURN;
import static io.jdbus.malformed.RawMessage.PATH;
import static io.jdbus.malformed.RawMessage.REPLY_SERIAL;
import static io.jdbus.malformed.RawMessage.SENDER;
import static io.jdbus.malformed.RawMessage.SIGNAL;
import static io.jdbus.malformed.RawMessage.SIGNATURE;
import static io.jdbus.malformed.RawMessage.UNIX_FDS;
import static io.jdbus.malformed.Rejections.assertAccepted;
import static io.jdbus.malformed.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdbus.wire.Endian;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The header fields array: required fields per type, each field's type and value, duplicates, codes and padding. */
class HeaderFieldsTest {
    private static final String[] FIELD_NAMES = {"", "PATH", "INTERFACE", "MEMBER", "ERROR_NAME", "REPLY_SERIAL",
            "DESTINATION", "SENDER", "SIGNATURE", "UNIX_FDS"};

    /** A message of {@code type} with its required fields except {@code omitted} (0 omits nothing). */
    private static RawMessage withRequiredFieldsBut(Endian endian, int type, int omitted) {
        RawMessage m = RawMessage.of(endian, type);
        List<Integer> required = switch (type) {
            case METHOD_CALL -> List.of(PATH, MEMBER);
            case SIGNAL -> List.of(PATH, INTERFACE, MEMBER);
            case ERROR -> List.of(ERROR_NAME, REPLY_SERIAL);
            default -> List.of(REPLY_SERIAL);
        };
        for (int f : required) {
            if (f != omitted) {
                switch (f) {
                    case PATH -> m.path("/org/example");
                    case INTERFACE -> m.interfaceName("org.example.Iface");
                    case MEMBER -> m.member("Changed");
                    case ERROR_NAME -> m.errorName("org.example.Error.Failed");
                    default -> m.replySerial(7);
                }
            }
        }
        return m;
    }

    static Stream<Arguments> requiredFields() {
        List<Arguments> cases = new ArrayList<>();
        for (Endian e : Endian.values()) {
            cases.add(Arguments.of(e, METHOD_CALL, "method_call", PATH));
            cases.add(Arguments.of(e, METHOD_CALL, "method_call", MEMBER));
            cases.add(Arguments.of(e, SIGNAL, "signal", PATH));
            cases.add(Arguments.of(e, SIGNAL, "signal", INTERFACE));
            cases.add(Arguments.of(e, SIGNAL, "signal", MEMBER));
            cases.add(Arguments.of(e, ERROR, "error", ERROR_NAME));
            cases.add(Arguments.of(e, ERROR, "error", REPLY_SERIAL));
            cases.add(Arguments.of(e, METHOD_RETURN, "method_return", REPLY_SERIAL));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {2} without field {3}")
    @MethodSource("requiredFields")
    void eachMissingRequiredFieldIsRejected(Endian endian, int type, String typeName, int omitted) {
        assertAccepted(withRequiredFieldsBut(endian, type, 0).bytes());
        assertRejected(withRequiredFieldsBut(endian, type, omitted).bytes(),
                typeName + " without the required " + FIELD_NAMES[omitted] + " field");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void replySerialZeroIsRejected(Endian endian) {
        byte[] bytes = RawMessage.of(endian, METHOD_RETURN).replySerial(0).bytes();
        assertRejected(bytes, "REPLY_SERIAL is 0");
    }

    static Stream<Arguments> wronglyTypedFields() {
        // code, the wrong signature, the field's own type
        Object[][] table = {
            {PATH, "s", "o"}, {INTERFACE, "o", "s"}, {MEMBER, "g", "s"}, {ERROR_NAME, "u", "s"},
            {REPLY_SERIAL, "i", "u"}, {DESTINATION, "o", "s"}, {SENDER, "as", "s"}, {SIGNATURE, "s", "g"},
            {UNIX_FDS, "y", "u"}, {UNIX_FDS, "v", "u"},
        };
        List<Arguments> cases = new ArrayList<>();
        for (Endian e : Endian.values()) {
            for (Object[] row : table) {
                cases.add(Arguments.of(e, row[0], row[1], row[2]));
            }
        }
        return cases.stream();
    }

    /** Writes a valid value of {@code signature} (one of the few used here). */
    private static Consumer<WireBytes> sample(String signature) {
        return switch (signature) {
            case "s", "o" -> w -> w.str("/x");
            case "g" -> w -> w.sig("s");
            case "u", "i" -> w -> w.u32(1);
            case "y" -> w -> w.y(1);
            case "as" -> w -> w.u32(6).str("x");
            case "v" -> w -> w.sig("u").u32(1);
            default -> throw new IllegalArgumentException(signature);
        };
    }

    @ParameterizedTest(name = "{0} field {1} as {2}")
    @MethodSource("wronglyTypedFields")
    void headerFieldWithWrongTypeIsRejected(Endian endian, int code, String wrong, String expected) {
        RawMessage m = RawMessage.of(endian, METHOD_RETURN);
        if (code != REPLY_SERIAL) {
            m.replySerial(7);
        }
        m.field(code, wrong, sample(wrong));
        assertRejected(m.bytes(), "header field " + FIELD_NAMES[code] + " has type " + wrong + ", expected " + expected);
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void duplicateHeaderFieldIsRejected(Endian endian) {
        assertRejected(RawMessage.methodCall(endian).member("Pong").bytes(), "header field MEMBER appears twice");
        assertRejected(RawMessage.methodCall(endian).signature("").signature("").bytes(),
                "header field SIGNATURE appears twice");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void headerFieldCode0IsRejected(Endian endian) {
        assertRejected(RawMessage.methodCall(endian).field(0, "s", w -> w.str("x")).bytes(),
                "header field code 0 is invalid");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void headerFieldVariantSignatureMustBeOneCompleteType(Endian endian) {
        assertRejected(RawMessage.methodCall(endian).field(DESTINATION, "", w -> { }).bytes(),
                "has signature \"\", not one complete type");
        assertRejected(RawMessage.methodCall(endian).field(DESTINATION, "ss", w -> w.str("a.b").str("c.d")).bytes(),
                "has signature \"ss\", not one complete type");
        assertRejected(RawMessage.methodCall(endian).field(DESTINATION, "a{", w -> { }).bytes(), "invalid signature");
    }

    static Stream<Arguments> invalidNames() {
        String long256 = "a".repeat(127) + "." + "b".repeat(128);
        Object[][] table = {
            {INTERFACE, "noDot"}, {INTERFACE, "a..b"}, {INTERFACE, "1a.b"}, {INTERFACE, "a.b-c"}, {INTERFACE, ".a.b"},
            {INTERFACE, ""}, {INTERFACE, long256},
            {MEMBER, "a.b"}, {MEMBER, "1abc"}, {MEMBER, ""}, {MEMBER, "with-dash"}, {MEMBER, "x".repeat(256)},
            {ERROR_NAME, "NoDot"}, {ERROR_NAME, "a..b"}, {ERROR_NAME, ""}, {ERROR_NAME, long256},
            {DESTINATION, "noDot"}, {DESTINATION, ":"}, {DESTINATION, "a.1b"}, {DESTINATION, ""},
            {DESTINATION, "a b.c"}, {DESTINATION, long256},
            {SENDER, "noDot"}, {SENDER, ":"}, {SENDER, "a..b"}, {SENDER, ""}, {SENDER, long256},
        };
        List<Arguments> cases = new ArrayList<>();
        for (Endian e : Endian.values()) {
            for (Object[] row : table) {
                cases.add(Arguments.of(e, row[0], row[1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} field {1} \"{2}\"")
    @MethodSource("invalidNames")
    void invalidNameInHeaderFieldIsRejected(Endian endian, int code, String name) {
        RawMessage m = code == ERROR_NAME ? RawMessage.of(endian, ERROR).replySerial(3)
                : code == MEMBER ? RawMessage.of(endian, METHOD_CALL).path("/org/example")
                : RawMessage.methodCall(endian);
        m.field(code, "s", w -> w.str(name));
        assertRejected(m.bytes(), "header field " + FIELD_NAMES[code] + " \"" + name + "\" is not a valid name");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void namesOf255BytesAreAccepted(Endian endian) {
        String name = "a".repeat(127) + "." + "b".repeat(127);
        assertEquals(255, name.length());
        byte[] bytes = RawMessage.of(endian, SIGNAL).path("/a").interfaceName(name).member("m".repeat(255))
                .destination(name).sender(":1." + "7".repeat(252)).bytes();
        assertEquals(name, assertAccepted(bytes).interfaceName());
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void badObjectPathInPathFieldIsRejected(Endian endian) {
        for (String bad : List.of("", "a", "/a/", "//a", "/a//b", "/a-b", "/\u00e4", "/a/b/")) {
            assertRejected(RawMessage.of(endian, METHOD_CALL).member("Ping").path(bad).bytes(), "invalid object path");
        }
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void reservedLocalPathAndInterfaceAreRejected(Endian endian) {
        assertRejected(RawMessage.of(endian, METHOD_CALL).member("Ping").path("/org/freedesktop/DBus/Local").bytes(),
                "reserved path");
        assertRejected(RawMessage.methodCall(endian).interfaceName("org.freedesktop.DBus.Local").bytes(),
                "reserved interface");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void nonZeroPaddingBetweenHeaderFieldsIsRejected(Endian endian) {
        // PATH "/org/example" ends at field offset 4 + 4 + 12 + 1 = 21; three padding bytes precede MEMBER
        byte[] bytes = RawMessage.of(endian, METHOD_CALL).path("/org/example").rawField(0, 0, 1)
                .field(MEMBER, "s", w -> w.str("Ping")).bytes();
        assertRejected(bytes, "non-zero alignment padding");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void nonZeroPaddingAfterTheHeaderFieldsIsRejected(Endian endian) {
        byte[] bytes = RawMessage.methodCall(endian).signature("y").body(w -> w.y(1)).headerPadding(0x20).bytes();
        assertRejected(bytes, "non-zero alignment padding");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void nonZeroPaddingInsideAHeaderFieldIsRejected(Endian endian) {
        // code, signature "ai" and its NUL take 5 bytes: 3 bytes of padding precede the array's length
        byte[] bytes = RawMessage.of(endian, METHOD_RETURN).replySerial(5).field(200, "ai", w -> w.padWith(4, 9).u32(0))
                .bytes();
        assertRejected(bytes, "non-zero alignment padding");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void headerFieldsArrayEndingInsideAFieldIsRejected(Endian endian) {
        RawMessage m = RawMessage.methodCall(endian);
        int written = m.fieldsSize();
        byte[] bytes = m.fieldsLength(written - 3).bodyLength(0).bytes();
        // keep the total length consistent with the shortened array: cut the bytes it no longer covers
        byte[] framed = java.util.Arrays.copyOf(bytes, 16 + ((written - 3 + 7) & ~7));
        assertRejected(framed, "left");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void headerFieldsArrayLengthCountingTrailingPaddingIsRejected(Endian endian) {
        // the array's length must not include the padding after its last element
        RawMessage m = RawMessage.of(endian, METHOD_RETURN).replySerial(5).destination("a.b");
        int written = m.fieldsSize();
        int padded = (written + 7) & ~7;
        assertEquals(20, written);
        assertRejected(m.fieldsLength(padded).bytes(), "left");
    }

    @ParameterizedTest
    @EnumSource(Endian.class)
    void unixFdIndexBeyondUnixFdsIsRejected(Endian endian) {
        assertRejected(RawMessage.methodCall(endian).unixFds(1).signature("h").body(w -> w.u32(1)).bytes(),
                "unix fd index 1 but the message carries 1 fds");
        assertRejected(RawMessage.methodCall(endian).signature("h").body(w -> w.u32(0)).bytes(),
                "unix fd index 0 but the message carries 0 fds");
        assertRejected(RawMessage.methodCall(endian).unixFds(2).signature("ah").body(w -> w.u32(8).u32(0).u32(0xFFFF_FFFFL))
                .bytes(), "unix fd index 4294967295");
        assertEquals(2, assertAccepted(RawMessage.methodCall(endian).unixFds(2).signature("h").body(w -> w.u32(1))
                .bytes()).unixFds());
    }
}
