package io.jdbus.cli.status;

/**
 * What the bus says about a connection: {@code GetConnectionCredentials}, or its older siblings
 * {@code GetConnectionUnixProcessID} and {@code GetConnectionUnixUser}.
 *
 * @param pid        the process ID
 * @param uid        the user ID, {@code null} when the bus did not say
 * @param groups     {@code UnixGroupIDs}, {@code null} when the bus did not say
 * @param uniqueName the connection's unique name, {@code null} when not asked for one
 */
record PeerCredentials(long pid, Long uid, long[] groups, String uniqueName) {
}
