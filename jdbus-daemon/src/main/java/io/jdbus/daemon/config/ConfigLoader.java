package io.jdbus.daemon.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads one configuration and the files it includes into one {@link ConfigState}, following {@code <include>} and
 * {@code <includedir>} as dbus-daemon does, and catching inclusion cycles by the files' real paths. One use only.
 */
final class ConfigLoader implements ConfigFileHandler.Includes {
    /** A file being read, as shown in messages and as compared to find inclusion cycles. */
    private record Reading(Path shown, Path identity) {
    }

    private final ConfigState state = new ConfigState();
    private final Deque<Reading> reading = new ArrayDeque<>();

    /** Reads the top file, from {@code source}, and what it includes. */
    BusConfig load(Path file, InputSource source) throws InvalidConfigException {
        int rootLine = read(file, identity(file), source);
        if (!state.hasListen()) {
            throw new InvalidConfigException(file, rootLine, "the configuration needs one or more <listen> elements "
                    + "giving addresses");
        }
        return state.toConfig();
    }

    @Override
    public void include(Path from, int line, String name, boolean ignoreMissing) throws InvalidConfigException {
        include(from, line, resolve(from, line, name), ignoreMissing);
    }

    private void include(Path from, int line, Path target, boolean ignoreMissing) throws InvalidConfigException {
        if (!Files.exists(target)) {
            if (ignoreMissing) {
                return;
            }
            throw new InvalidConfigException(from, line, "cannot include " + target + ": no such file");
        }
        if (!Files.isRegularFile(target)) {
            throw new InvalidConfigException(from, line, "cannot include " + target + ": it is not a regular file");
        }
        Path identity = identity(target);
        if (reading.stream().anyMatch(r -> r.identity().equals(identity))) {
            throw new InvalidConfigException(from, line, "circular inclusion of " + target + ": "
                    + reading.reversed().stream().map(r -> r.shown().toString()).collect(Collectors.joining(" -> "))
                    + " -> " + target);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(target);
        } catch (IOException e) {
            throw new InvalidConfigException(from, line, "cannot read " + target + ": " + describe(e));
        }
        try {
            read(target, identity, source(bytes, target));
        } catch (InvalidConfigException e) {
            throw e.includedFrom(from, line);
        }
    }

    @Override
    public void includeDir(Path from, int line, String name) throws InvalidConfigException {
        Path dir = resolve(from, line, name);
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new InvalidConfigException(from, line, "cannot include the directory " + dir + ": it is not a "
                    + "directory");
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(dir)) {
            files = entries.filter(f -> f.getFileName().toString().endsWith(".conf") && Files.isRegularFile(f))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new InvalidConfigException(from, line, "cannot read the directory " + dir + ": " + describe(e));
        }
        for (Path file : files) {
            ConfigState before = state.copy();
            try {
                include(from, line, file, true);
            } catch (InvalidConfigException e) {
                state.restore(before);
                state.unsupported(InvalidConfigException.where(from, line), "skipped " + file + ", as dbus-daemon "
                        + "skips a file of an <includedir> it cannot use: " + e.getMessage());
            }
        }
    }

    /** Reads one file into the state; answers the line of its {@code <busconfig>}. */
    private int read(Path file, Path identity, InputSource source) throws InvalidConfigException {
        ConfigFileHandler handler = new ConfigFileHandler(file, state, this);
        reading.push(new Reading(file, identity));
        state.file(file);
        try {
            SecureSaxParser.create().parse(source, handler);
            return handler.rootLine();
        } catch (ConfigFileHandler.Abort e) {
            throw e.error();
        } catch (SAXParseException e) {
            int line = e.getLineNumber() > 0 ? e.getLineNumber() : handler.line();
            throw new InvalidConfigException(file, line, "malformed XML: " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new InvalidConfigException(file, handler.line(), "malformed XML: " + e.getMessage());
        } finally {
            reading.pop();
        }
    }

    private static Path resolve(Path from, int line, String name) throws InvalidConfigException {
        try {
            Path dir = from.getParent();
            return dir == null ? Path.of(name) : dir.resolve(name);
        } catch (InvalidPathException e) {
            throw new InvalidConfigException(from, line, "\"" + name + "\" is not a file name: " + e.getReason());
        }
    }

    /** What a file is compared as to find cycles: its real path when it exists. */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    static InputSource source(byte[] bytes, Path file) {
        InputSource source = new InputSource(new ByteArrayInputStream(bytes));
        source.setSystemId(file.toAbsolutePath().toUri().toString());
        return source;
    }

    /** The cause of a failed file operation, in words. */
    static String describe(IOException e) {
        return switch (e) {
            case NoSuchFileException x -> "no such file";
            case AccessDeniedException x -> "permission denied";
            case FileSystemException x when x.getReason() != null -> x.getReason();
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
