package io.jdbus.message;

/**
 * A unix file descriptor that travels with a message, beside its bytes ({@code SCM_RIGHTS}): what a
 * body's {@link io.jdbus.types.UnixFD} index points at. The message layer only carries these; the
 * descriptors themselves are {@code io.jdbus.transport.UnixFd} objects, which own and close them.
 *
 * <p>Ownership follows the holder: attaching a descriptor to a message with {@link Message#withFds} does
 * not give it away (sending passes a copy), and the descriptors of a received message belong to whoever
 * handles it, who closes them or keeps them.
 * {@snippet :
 * UnixFD index = (UnixFD) received.body().getFirst();
 * try (UnixFd fd = UnixFd.in(received, index)) {
 *     fd.channel().write(ByteBuffer.wrap("hello".getBytes()));
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-marshaling">UNIX_FD</a>
 */
public interface AttachedFd extends AutoCloseable {
    /** The descriptor's number, valid while it is open. @throws IllegalStateException once closed */
    int value();

    /** Whether the descriptor is still open and owned. */
    boolean isOpen();

    /** Closes the descriptor; idempotent. */
    @Override
    void close();
}
