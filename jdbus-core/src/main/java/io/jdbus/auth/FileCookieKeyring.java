package io.jdbus.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The specification's cookie store: a directory (normally {@code ~/.dbus-keyrings}) holding one file per context,
 * each line {@code id creation-time hex-cookie}. This class does file I/O; the state machines only see the
 * {@link CookieKeyring} interface.
 *
 * <p>The rules, as in the specification and libdbus: the directory must be a real directory (not a symbolic link)
 * that neither group nor others may access, else every operation fails; it is created with mode 0700 when missing.
 * Only a server writes, holding the lock file {@code <context>.lock} (created exclusively; a lock older than
 * {@link #LOCK_WAIT} of retries is taken to be stale and removed). While holding it, a server drops cookies older
 * than {@link #EXPIRE_AFTER} or more than {@link #MAX_FUTURE} in the future, creates a cookie when none is younger
 * than {@link #NEW_COOKIE_AFTER}, keeps at most {@link #MAX_COOKIES}, and replaces the file through a
 * temporary file and an atomic rename. Malformed lines are ignored.
 *
 * {@snippet :
 * CookieKeyring keyring = FileCookieKeyring.forHome();          // ~/.dbus-keyrings
 * Cookie c = keyring.current("org_freedesktop_general");       // a server's cookie
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#auth-mechanisms-sha">DBUS_COOKIE_SHA1</a>
 */
public final class FileCookieKeyring implements CookieKeyring {
    /** A server creates a new cookie when the newest is older than this (libdbus: 5 minutes). */
    public static final Duration NEW_COOKIE_AFTER = Duration.ofMinutes(5);
    /** Cookies older than this are discarded (libdbus: 7 minutes, leaving clients 2 minutes to answer). */
    public static final Duration EXPIRE_AFTER = Duration.ofMinutes(7);
    /** Cookies dated further in the future than this are discarded, so that none becomes permanent. */
    public static final Duration MAX_FUTURE = Duration.ofMinutes(5);
    /** At most this many cookies are kept in a file; further lines are ignored (libdbus). */
    public static final int MAX_COOKIES = 256;
    /** How long a server waits for the lock before removing it as stale (libdbus: 32 × 250 ms). */
    public static final Duration LOCK_WAIT = Duration.ofMillis(32 * 250);

    private static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path directory;
    private final Clock clock;
    private final Duration lockWait;
    private final SecureRandom random = new SecureRandom();

    /** A keyring in {@code directory}, with the system clock and the standard lock wait. */
    public FileCookieKeyring(Path directory) {
        this(directory, Clock.systemUTC(), LOCK_WAIT);
    }

    /** A keyring in {@code directory} with the given clock and lock wait (for tests). */
    public FileCookieKeyring(Path directory, Clock clock, Duration lockWait) {
        this.directory = directory;
        this.clock = clock;
        this.lockWait = lockWait;
    }

    /** The keyring in {@code ~/.dbus-keyrings} of the user running this JVM. */
    public static FileCookieKeyring forHome() {
        return new FileCookieKeyring(Path.of(System.getProperty("user.home"), ".dbus-keyrings"));
    }

    /** The keyring's directory. */
    public Path directory() {
        return directory;
    }

    @Override
    public Optional<Cookie> find(String context, long id) throws IOException {
        Path file = file(context);
        checkDirectory();
        return load(file).stream().filter(c -> c.id() == id).findFirst();
    }

    @Override
    public Cookie current(String context) throws IOException {
        Path file = file(context);
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(directory.getParent());
            try {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PRIVATE_DIR));
            } catch (FileAlreadyExistsException raced) {
                // another server made it; checked below
            }
        }
        checkDirectory();
        Path lock = directory.resolve(context + ".lock");
        acquire(lock);
        try {
            List<Cookie> cookies = new ArrayList<>(load(file));
            long now = clock.instant().getEpochSecond();
            Optional<Cookie> fresh = cookies.stream()
                    .filter(c -> now - c.creationTime() < NEW_COOKIE_AFTER.toSeconds())
                    .max(Comparator.comparingLong(Cookie::creationTime));
            if (fresh.isPresent()) {
                return fresh.get();
            }
            Cookie made = create(cookies, now);
            cookies.add(made);
            cookies.sort(Comparator.comparingLong(Cookie::creationTime).reversed());
            store(file, cookies.subList(0, Math.min(cookies.size(), MAX_COOKIES)));
            return made;
        } finally {
            Files.deleteIfExists(lock);
        }
    }

    private Path file(String context) {
        if (!CookieKeyring.isValidContext(context)) {
            throw new IllegalArgumentException("cookie context \"" + context + "\" must be ASCII without '/', '\\', '.' or blanks");
        }
        return directory.resolve(context);
    }

    private void checkDirectory() throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(directory, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new IOException("keyring directory " + directory + " does not exist", e);
        }
        if (!attrs.isDirectory()) {
            throw new IOException("keyring " + directory + " is not a directory (a symbolic link is not accepted)");
        }
        PosixFileAttributeView view = Files.getFileAttributeView(directory, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view != null) {
            Set<PosixFilePermission> perms = view.readAttributes().permissions();
            perms.removeAll(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE));
            if (!perms.isEmpty()) {
                throw new IOException("keyring directory " + directory + " is accessible by others ("
                        + PosixFilePermissions.toString(view.readAttributes().permissions()) + "); it must be rwx------");
            }
        }
    }

    private List<Cookie> load(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        long now = clock.instant().getEpochSecond();
        List<Cookie> cookies = new ArrayList<>();
        for (String line : lines) {
            if (cookies.size() == MAX_COOKIES) {
                break;
            }
            try {
                Cookie c = Cookie.parse(line);
                if (now - c.creationTime() <= EXPIRE_AFTER.toSeconds() && c.creationTime() - now <= MAX_FUTURE.toSeconds()
                        && cookies.stream().noneMatch(x -> x.id() == c.id())) {
                    cookies.add(c);
                }
            } catch (IllegalArgumentException malformed) {
                // ignored, as libdbus does
            }
        }
        return cookies;
    }

    private Cookie create(List<Cookie> existing, long now) {
        long id = random.nextInt(Integer.MAX_VALUE);
        while (containsId(existing, id)) {
            id = random.nextInt(Integer.MAX_VALUE);
        }
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        return new Cookie(id, now, HexFormat.of().formatHex(secret));
    }

    private static boolean containsId(List<Cookie> cookies, long id) {
        return cookies.stream().anyMatch(c -> c.id() == id);
    }

    private void store(Path file, List<Cookie> cookies) throws IOException {
        Path tmp = Files.createTempFile(directory, file.getFileName() + ".", ".tmp",
                PosixFilePermissions.asFileAttribute(PRIVATE_FILE));
        try {
            StringBuilder sb = new StringBuilder();
            cookies.forEach(c -> sb.append(c.format()).append('\n'));
            Files.writeString(tmp, sb, StandardCharsets.US_ASCII);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void acquire(Path lock) throws IOException {
        long deadline = System.nanoTime() + lockWait.toNanos();
        while (!tryCreate(lock)) {
            if (System.nanoTime() - deadline >= 0) {
                Files.deleteIfExists(lock);   // stale: its holder died or hangs
                if (tryCreate(lock)) {
                    return;
                }
                throw new IOException("keyring lock " + lock + " is held by another process; gave up after " + lockWait);
            }
            try {
                Thread.sleep(Math.clamp(lockWait.toMillis() / 32, 1, 250));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for keyring lock " + lock, e);
            }
        }
    }

    private static boolean tryCreate(Path lock) throws IOException {
        try {
            Files.createFile(lock, PosixFilePermissions.asFileAttribute(PRIVATE_FILE));
            return true;
        } catch (FileAlreadyExistsException held) {
            return false;
        }
    }
}
