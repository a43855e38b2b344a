package io.jdbus.transport;

/**
 * Who is at the other end of a unix socket, as the kernel recorded it when the connection was made
 * ({@code SO_PEERCRED}): what EXTERNAL authentication and a bus's {@code GetConnectionCredentials} rely on.
 * {@snippet :
 * try (NativeUnixTransport t = NativeUnixTransport.connect(UnixAddress.path("/run/dbus/system_bus_socket"))) {
 *     PeerCredentials c = t.peerCredentials();   // the bus daemon's pid, uid 0 (or messagebus), gid
 * }
 * }
 *
 * @param pid the peer's process id
 * @param uid the peer's user id, unsigned
 * @param gid the peer's group id, unsigned
 * @see <a href="https://man7.org/linux/man-pages/man7/unix.7.html">unix(7), SO_PEERCRED</a>
 */
public record PeerCredentials(long pid, long uid, long gid) {
}
