package io.jdbus.daemon.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.xml.sax.InputSource;

/**
 * Reads a dbus-daemon configuration file, and the files it includes, into a {@link BusConfig}, with the rules of
 * dbus-daemon's {@code bus/config-parser.c}: the root is {@code <busconfig>}; {@code <listen>} and {@code <auth>}
 * add, {@code <type>}, {@code <user>}, {@code <pidfile>} and each {@code <limit>} are last-wins; an included file's
 * {@code <busconfig>} is merged in at the point of its {@code <include>}. Relative file names are resolved against
 * the directory of the file that names them. The DOCTYPE's DTD is never fetched.
 *
 * <p>Errors are {@link InvalidConfigException}s naming the file and line: malformed XML, an unknown or misplaced
 * element or attribute, text where none belongs, a missing value, an unknown limit or one that is not a number, a
 * missing included file (unless {@code ignore_missing="yes"}), an inclusion cycle, and a configuration without
 * {@code <listen>}. As in dbus-daemon, a file of an {@code <includedir>} that has such an error is skipped, and
 * noted in {@link BusConfig#unsupported()}.
 *
 * {@snippet :
 * BusConfig session = BusConfigParser.parse(Path.of("/usr/share/dbus-1/session.conf"));
 * BusConfig test = BusConfigParser.parse("""
 *         <busconfig>
 *           <listen>unix:tmpdir=/tmp</listen>
 *           <limit name="max_match_rules_per_connection">64</limit>
 *           <include ignore_missing="yes">local.conf</include>
 *         </busconfig>
 *         """, Path.of("/etc/jdbus/test.conf"));
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-daemon.1.html">dbus-daemon(1), CONFIGURATION FILE</a>
 */
public final class BusConfigParser {
    private BusConfigParser() {
    }

    /**
     * Reads the configuration file {@code file} and everything it includes.
     *
     * @throws InvalidConfigException if a file cannot be read or is not a valid configuration; the message names
     *         the file and line
     */
    public static BusConfig parse(Path file) throws InvalidConfigException {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidConfigException(file, 0, "cannot read the configuration file: " + ConfigLoader.describe(e));
        }
        return new ConfigLoader().load(file, ConfigLoader.source(bytes, file));
    }

    /**
     * Reads the configuration {@code xml} as if it were the contents of {@code pretendFile}: messages name that
     * file, and relative {@code <include>} and {@code <includedir>} names resolve against its directory.
     *
     * @throws InvalidConfigException if it, or a file it includes, is not a valid configuration
     */
    public static BusConfig parse(String xml, Path pretendFile) throws InvalidConfigException {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(pretendFile, "pretendFile");
        InputSource source = new InputSource(new StringReader(xml));
        source.setSystemId(pretendFile.toAbsolutePath().toUri().toString());
        return new ConfigLoader().load(pretendFile, source);
    }
}
