package io.jdbus.address;

/** Turns a parsed entry into the record of its transport. */
final class Transports {
    private Transports() {}

    static boolean isKnown(String transport) {
        return switch (transport) {
            case "unix", "tcp", "nonce-tcp", "unixexec", "autolaunch", "launchd" -> true;
            default -> false;
        };
    }

    static Address toAddress(AddressSyntax.Entry entry) {
        Options o = new Options(entry);
        return switch (entry.transport()) {
            case "unix" -> UnixAddress.from(o);
            case "tcp" -> TcpAddress.from(o);
            case "nonce-tcp" -> NonceTcpAddress.from(o);
            case "unixexec" -> UnixExecAddress.from(o);
            case "autolaunch" -> AutolaunchAddress.from(o);
            case "launchd" -> LaunchdAddress.from(o);
            default -> new UnknownAddress(entry.transport(), entry.options());
        };
    }
}
