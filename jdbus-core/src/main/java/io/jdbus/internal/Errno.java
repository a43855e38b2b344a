package io.jdbus.internal;

import java.io.IOException;
import java.util.Map;

/**
 * Linux errno values by name, and the {@link IOException} a failed libc call becomes. The numbers are the
 * generic ones ({@code asm-generic/errno*.h}), the same on x86_64 and aarch64.
 */
public final class Errno {
    public static final int EINTR = 4;
    public static final int EAGAIN = 11;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(1, "EPERM"), Map.entry(2, "ENOENT"), Map.entry(3, "ESRCH"), Map.entry(4, "EINTR"),
            Map.entry(5, "EIO"), Map.entry(6, "ENXIO"), Map.entry(9, "EBADF"), Map.entry(11, "EAGAIN"),
            Map.entry(12, "ENOMEM"), Map.entry(13, "EACCES"), Map.entry(14, "EFAULT"), Map.entry(16, "EBUSY"),
            Map.entry(17, "EEXIST"), Map.entry(20, "ENOTDIR"), Map.entry(21, "EISDIR"), Map.entry(22, "EINVAL"),
            Map.entry(23, "ENFILE"), Map.entry(24, "EMFILE"), Map.entry(28, "ENOSPC"), Map.entry(29, "ESPIPE"),
            Map.entry(30, "EROFS"), Map.entry(32, "EPIPE"), Map.entry(36, "ENAMETOOLONG"), Map.entry(38, "ENOSYS"),
            Map.entry(40, "ELOOP"), Map.entry(88, "ENOTSOCK"), Map.entry(90, "EMSGSIZE"),
            Map.entry(91, "EPROTOTYPE"), Map.entry(92, "ENOPROTOOPT"), Map.entry(93, "EPROTONOSUPPORT"),
            Map.entry(95, "EOPNOTSUPP"), Map.entry(97, "EAFNOSUPPORT"), Map.entry(98, "EADDRINUSE"),
            Map.entry(99, "EADDRNOTAVAIL"), Map.entry(103, "ECONNABORTED"), Map.entry(104, "ECONNRESET"),
            Map.entry(105, "ENOBUFS"), Map.entry(106, "EISCONN"), Map.entry(107, "ENOTCONN"),
            Map.entry(108, "ESHUTDOWN"), Map.entry(109, "ETOOMANYREFS"), Map.entry(110, "ETIMEDOUT"),
            Map.entry(111, "ECONNREFUSED"), Map.entry(115, "EINPROGRESS"));

    private Errno() {
    }

    /** The symbolic name of {@code errno}, such as {@code ECONNREFUSED}, or {@code errno 123}. */
    public static String name(int errno) {
        String name = NAMES.get(errno);
        return name != null ? name : "errno " + errno;
    }

    /** {@code "what: ECONNREFUSED (Connection refused)"}, the description from the C library. */
    public static IOException exception(String what, int errno) {
        return new IOException(what + ": " + name(errno) + " (" + Libc.strerror(errno) + ")");
    }
}
