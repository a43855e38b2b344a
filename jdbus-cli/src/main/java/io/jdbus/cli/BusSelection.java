package io.jdbus.cli;

/**
 * Which bus a verb talks to: {@code --address A}, {@code --session} or {@code --system}.
 * As with busctl, the system bus is the default.
 *
 * {@snippet :
 * CommandLine.parse(List.of("decode")).bus();               // BusSelection[kind=SYSTEM, address=null]
 * CommandLine.parse(List.of("--session", "decode")).bus();  // BusSelection[kind=SESSION, address=null]
 * BusSelection.address("unix:path=/run/dbus/system_bus_socket").kind();   // ADDRESS
 * }
 *
 * @param kind    how the bus was chosen
 * @param address the address given with {@code --address}, else {@code null}
 */
public record BusSelection(Kind kind, String address) {
    /** How the bus was chosen. */
    public enum Kind {
        /** {@code --system}, or nothing given. */
        SYSTEM,
        /** {@code --session}. */
        SESSION,
        /** {@code --address A}. */
        ADDRESS
    }

    /** The system bus. */
    public static BusSelection system() {
        return new BusSelection(Kind.SYSTEM, null);
    }

    /** The session bus. */
    public static BusSelection session() {
        return new BusSelection(Kind.SESSION, null);
    }

    /** The bus at a D-Bus address such as {@code unix:path=/run/dbus/system_bus_socket}. */
    public static BusSelection address(String address) {
        return new BusSelection(Kind.ADDRESS, address);
    }
}
