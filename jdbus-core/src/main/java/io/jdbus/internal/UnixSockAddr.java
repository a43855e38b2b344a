package io.jdbus.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/**
 * A {@code struct sockaddr_un} in native memory, for a socket file or a name in Linux's abstract namespace.
 *
 * <p>A path is NUL-terminated, so it may have at most 107 bytes. An abstract name is {@code sun_path}'s
 * first byte NUL followed by the name's bytes, with the length saying where it ends (no terminator, as
 * libdbus and systemd write it), so it too may have at most 107 bytes.
 *
 * @param segment the structure
 * @param length the length to pass to {@code connect} and {@code bind}
 */
public record UnixSockAddr(MemorySegment segment, int length) {
    private static final int FAMILY_SIZE = 2;

    /** The address of the socket file {@code path}. */
    public static UnixSockAddr path(Arena arena, String path) {
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            throw new IllegalArgumentException("a unix socket path must not be empty");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new IllegalArgumentException("unix socket path \"" + path + "\" contains a NUL byte");
            }
        }
        check(bytes, "path", path);
        MemorySegment s = arena.allocate(FAMILY_SIZE + Libc.SUN_PATH_SIZE, 2);
        s.set(ValueLayout.JAVA_SHORT, 0, (short) Libc.AF_UNIX);
        MemorySegment.copy(bytes, 0, s, ValueLayout.JAVA_BYTE, FAMILY_SIZE, bytes.length);
        return new UnixSockAddr(s, FAMILY_SIZE + bytes.length + 1);
    }

    /** The address of {@code name} in the abstract namespace (without the leading NUL). */
    public static UnixSockAddr abstractName(Arena arena, String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        check(bytes, "abstract name", name);
        MemorySegment s = arena.allocate(FAMILY_SIZE + Libc.SUN_PATH_SIZE, 2);
        s.set(ValueLayout.JAVA_SHORT, 0, (short) Libc.AF_UNIX);
        MemorySegment.copy(bytes, 0, s, ValueLayout.JAVA_BYTE, FAMILY_SIZE + 1, bytes.length);
        return new UnixSockAddr(s, FAMILY_SIZE + 1 + bytes.length);
    }

    private static void check(byte[] bytes, String what, String value) {
        if (bytes.length > Libc.SUN_PATH_SIZE - 1) {
            throw new IllegalArgumentException("unix socket " + what + " \"" + value + "\" has " + bytes.length
                    + " bytes; Linux allows at most " + (Libc.SUN_PATH_SIZE - 1));
        }
    }
}
