package io.jdbus.malformed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jdbus.message.Message;
import io.jdbus.message.MessageDecoder;
import io.jdbus.message.MessageEncoder;
import io.jdbus.message.MessageStreamReader;
import io.jdbus.message.MessageType;
import io.jdbus.wire.MalformedMessageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The message samples of libdbus's own test suite (Debian package {@code dbus-tests}): every file under
 * {@code invalid-messages} must be rejected, every file under {@code valid-messages} accepted. The files are
 * found at run time; without the package the tests are skipped with the reason shown.
 *
 * <p>libdbus validates a message of an undefined type like any other; the specification says such a message
 * "must be ignored", and jdbus ignores it without looking past its framing ({@code decode} gives {@code null},
 * a stream reader skips it). Samples that are invalid only inside such a message are listed in
 * {@link #IGNORED_TYPE}: for those the test asserts that jdbus ignores them, and that the same bytes with the type
 * set to METHOD_CALL are rejected for the fault the sample is about.
 */
class LibdbusSamplesTest {
    /** Where Debian installs the samples; {@code DBUS_TEST_DATA} may name another {@code data} directory. */
    private static final List<String> DATA_DIRS = List.of(
            "/usr/lib/dbus-1.0/installed-tests/dbus/data",
            "/usr/lib/dbus-1.0/debug-build/libexec/installed-tests/dbus/data",
            "/usr/libexec/installed-tests/dbus/data");

    /** An invalid sample whose message type is undefined: why jdbus ignores it, and what it says once the type is known. */
    record IgnoredType(String why, String reasonWhenTypeIsKnown) {
    }

    static final Map<String, IgnoredType> IGNORED_TYPE = Map.of(
            "fixed-array-not-divisible", new IgnoredType(
                    "message type 0x40 is undefined; the fault (an at array of 5 bytes) sits in an unknown header field",
                    "has length 5, not a multiple of 8"),
            "issue418", new IgnoredType(
                    "message type 0x8f is undefined; the faults (mis-nested, empty and truncated signatures) sit in"
                            + " unknown header fields. The file holds 28 more bytes after that 40-byte message, which"
                            + " are no message (byte order marker 0), so the file as a whole is rejected all the same",
                    "invalid signature"),
            "mis-nested-sig", new IgnoredType(
                    "message type 0xff is undefined; the fault (signature \"(ta{ya{da{ya{yaq}}})}\") sits in unknown"
                            + " header field 0xff",
                    "invalid signature"),
            "truncated-variant-sig", new IgnoredType(
                    "message type 0xff is undefined; the fault (a 255-byte signature in a 4-byte array) sits in"
                            + " unknown header field 0xff",
                    "signature needs 257 bytes"),
            "zero-length-variant-sig", new IgnoredType(
                    "message type 0xff is undefined; the fault (an empty variant signature) sits in unknown header"
                            + " field 0xff",
                    "not one complete type"));

    /** A valid sample that jdbus ignores, and why. */
    static final Map<String, String> VALID_IGNORED_TYPE = Map.of(
            "byteswap-fd-index", "message type 0x2d ('-') is undefined; jdbus ignores it (libdbus validates it and"
                    + " accepts its unix fd value 0xf8280208 without a UNIX_FDS field, which jdbus would reject)");

    static Stream<Named<Path>> invalidSamples() throws IOException {
        return samples("invalid-messages");
    }

    static Stream<Named<Path>> validSamples() throws IOException {
        return samples("valid-messages");
    }

    private static Stream<Named<Path>> samples(String kind) throws IOException {
        String override = System.getenv("DBUS_TEST_DATA");
        Stream<String> candidates = override != null ? Stream.of(override) : DATA_DIRS.stream();
        Path dir = candidates.map(d -> Path.of(d, kind)).filter(Files::isDirectory).findFirst().orElse(null);
        if (dir == null) {
            return Stream.of(Named.of("dbus-tests not installed", null));
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Named<Path>> found = files.filter(p -> p.getFileName().toString().endsWith(".message-raw")).sorted()
                    .map(p -> Named.of(name(p), p)).toList();
            return found.isEmpty() ? Stream.of(Named.of("no *.message-raw in " + dir, null)) : found.stream();
        }
    }

    private static String name(Path p) {
        return p.getFileName().toString().replace(".message-raw", "");
    }

    private static byte[] read(Path sample) throws IOException {
        Assumptions.assumeTrue(sample != null, "the dbus-tests package is not installed (looked in " + DATA_DIRS
                + " and $DBUS_TEST_DATA): apt-get install dbus-tests");
        return Files.readAllBytes(sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSamples")
    void invalidSampleIsRejected(Path sample) throws IOException {
        byte[] bytes = read(sample);
        IgnoredType ignored = IGNORED_TYPE.get(name(sample));
        if (ignored != null) {
            assertIgnoredButRejectedOnceTypeIsKnown(bytes, ignored);
            return;
        }
        assertThrows(MalformedMessageException.class, () -> MessageDecoder.decode(bytes),
                () -> name(sample) + " accepted by the decoder");
        MessageStreamReader reader = new MessageStreamReader();
        reader.feed(bytes, 0, bytes.length);
        try {
            while (reader.next() != null) {
                // messages before the fault, if any
            }
            assertTrue(reader.buffered() > 0, name(sample) + " accepted whole by the stream reader");
        } catch (MalformedMessageException expected) {
            // the stream is rejected
        }
        Rejections.assertStillDecodes();
    }

    private static void assertIgnoredButRejectedOnceTypeIsKnown(byte[] bytes, IgnoredType ignored) throws IOException {
        assertNotEquals(0, bytes[1], "type 0 is invalid, not unknown");
        assertNull(MessageType.forCode(bytes[1]), "the sample's type is undefined: " + ignored.why());
        int frame = MessageDecoder.frameLength(bytes, 0, bytes.length);
        byte[] first = Arrays.copyOf(bytes, frame);
        assertNull(MessageDecoder.decode(first), ignored.why());
        MessageStreamReader reader = new MessageStreamReader();
        reader.feed(bytes, 0, bytes.length);
        if (frame == bytes.length) {
            assertNull(reader.next());
            assertEquals(0, reader.buffered(), "the stream reader skips the whole message");
        } else {
            // bytes after the first message: whatever they are, they must not pass as a message
            assertThrows(MalformedMessageException.class, () -> MessageDecoder.decode(bytes));
            assertThrows(MalformedMessageException.class, reader::next, "the bytes after the ignored message");
            assertEquals(frame, reader.offset(), "the ignored message was skipped");
        }

        byte[] known = first.clone();
        known[1] = (byte) MessageType.METHOD_CALL.code();
        Rejections.assertRejected(known, ignored.reasonWhenTypeIsKnown());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validSamples")
    void validSampleIsAccepted(Path sample) throws IOException {
        byte[] bytes = read(sample);
        Message m;
        try {
            m = MessageDecoder.decode(bytes);
        } catch (MalformedMessageException e) {
            m = fail(name(sample) + " rejected: " + e.getMessage(), e);
        }
        String ignoredWhy = VALID_IGNORED_TYPE.get(name(sample));
        if (ignoredWhy != null) {
            assertNull(MessageType.forCode(bytes[1]), ignoredWhy);
            assertNull(m, ignoredWhy);
            return;
        }
        assertTrue(m != null, name(sample) + " decoded to nothing");
        assertEquals(m, MessageDecoder.decode(MessageEncoder.encode(m)), "re-encoded, it decodes the same");
        MessageStreamReader reader = new MessageStreamReader();
        reader.feed(bytes, 0, bytes.length);
        assertEquals(m, reader.next());
    }
}
