package io.jdbus.daemon.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged files: random bytes, truncations and byte flips of a valid file. Each either parses or fails with an
 * InvalidConfigException naming the file and a line; no other exception may escape.
 */
class BusConfigFuzzTest {
    private static final byte[] VALID = """
            <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
             "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
            <busconfig>
              <type>session</type>
              <keep_umask/>
              <listen>unix:tmpdir=/tmp</listen>
              <auth>EXTERNAL</auth>
              <standard_session_servicedirs />
              <policy context="default">
                <allow send_destination="*" eavesdrop="true"/>
                <allow own="*"/>
              </policy>
              <include ignore_missing="yes">/nonexistent/session-local.conf</include>
              <limit name="max_incoming_bytes">1000000000</limit>
              <limit name="auth_timeout">240000</limit>
            </busconfig>
            """.getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path dir;

    static Stream<Arguments> damagedFiles() {
        Random random = new Random(20240611);
        Stream<Arguments> noise = IntStream.range(0, 20).mapToObj(i -> {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            return Arguments.of("random bytes #" + i, bytes);
        });
        Stream<Arguments> truncations = IntStream.range(0, 20).mapToObj(i -> {
            int length = i * VALID.length / 20;
            return Arguments.of("the first " + length + " bytes", Arrays.copyOf(VALID, length));
        });
        Stream<Arguments> flips = IntStream.range(0, 20).mapToObj(i -> {
            byte[] bytes = VALID.clone();
            int at = random.nextInt(bytes.length);
            String replacements = "<>/=\"&;![]-?\u0000\u00ff";
            bytes[at] = (byte) replacements.charAt(i % replacements.length());
            return Arguments.of("byte " + at + " replaced", bytes);
        });
        return Stream.of(noise, truncations, flips).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedFiles")
    void aDamagedFileParsesOrFailsWithFileAndLine(String what, byte[] bytes) throws Exception {
        Path file = dir.resolve("damaged.conf");
        Files.write(file, bytes);
        check(file, () -> BusConfigParser.parse(file));
        check(file, () -> BusConfigParser.parse(new String(bytes, StandardCharsets.ISO_8859_1), file));
    }

    @Test
    void theUndamagedFileParses() throws Exception {
        Path file = dir.resolve("valid.conf");
        Files.write(file, VALID);
        assertDoesNotThrow(() -> BusConfigParser.parse(file));
    }

    private interface Parse {
        BusConfig run() throws InvalidConfigException;
    }

    private static void check(Path file, Parse parse) {
        try {
            parse.run();
        } catch (InvalidConfigException e) {
            assertTrue(e.getMessage().startsWith(file + ":" + e.line() + ": "), e.getMessage());
            assertTrue(e.line() >= 1, e.getMessage());
        }
    }
}
