package io.jdbus.daemon;

/**
 * What a running bus was configured with and tells its clients.
 *
 * @param limits the limits it enforces
 * @param guid the bus's GUID (its address's {@code guid=} and {@code GetId})
 * @param type the bus type, such as {@code session}, or empty
 * @param ownUid the uid the bus runs as
 * @param ownPid the bus's process id
 * @param machineId the machine's id ({@code Peer.GetMachineId})
 */
record BusSettings(BusLimits limits, String guid, String type, long ownUid, long ownPid, String machineId) {
}
