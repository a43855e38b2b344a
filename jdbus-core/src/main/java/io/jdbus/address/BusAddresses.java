package io.jdbus.address;

import java.util.Map;

/**
 * Where the session and system buses are, from the environment: the variables the specification names, then
 * the defaults of libdbus and sd-bus.
 *
 * <p>The environment is passed in, so the answer depends on nothing else: pass {@link System#getenv()}.
 * A variable set to the empty string counts as unset. A variable that is set but malformed is an error, not
 * a reason to fall back: falling back could connect to another bus than the one meant.
 *
 * <ul>
 * <li>Session bus: {@code DBUS_SESSION_BUS_ADDRESS}; else {@code unix:path=$XDG_RUNTIME_DIR/bus} when
 *     {@code XDG_RUNTIME_DIR} is an absolute path (the XDG base directory specification has relative paths
 *     ignored); else there is no session bus to find, and {@link UnusableAddressException} says so.</li>
 * <li>System bus: {@code DBUS_SYSTEM_BUS_ADDRESS}; else {@value #DEFAULT_SYSTEM_BUS}.</li>
 * </ul>
 *
 * {@snippet :
 * AddressList session = BusAddresses.session(System.getenv());
 * BusAddresses.session(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"));   // unix:path=/run/user/1000/bus
 * BusAddresses.system(Map.of());                      // unix:path=/var/run/dbus/system_bus_socket
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-bus-types">Well-known Message Bus Instances</a>
 */
public final class BusAddresses {
    /** The variable that holds the session bus address list. */
    public static final String SESSION_BUS_VARIABLE = "DBUS_SESSION_BUS_ADDRESS";

    /** The variable that holds the system bus address list. */
    public static final String SYSTEM_BUS_VARIABLE = "DBUS_SYSTEM_BUS_ADDRESS";

    /** The directory of per-user runtime files, where the session bus socket {@code bus} is looked for. */
    public static final String RUNTIME_DIR_VARIABLE = "XDG_RUNTIME_DIR";

    /** The system bus address when {@code DBUS_SYSTEM_BUS_ADDRESS} is not set. */
    public static final String DEFAULT_SYSTEM_BUS = "unix:path=/var/run/dbus/system_bus_socket";

    private BusAddresses() {}

    /**
     * The session bus addresses, to try in order.
     *
     * @param environment the environment variables, as {@link System#getenv()} gives them
     * @throws UnusableAddressException if neither {@code DBUS_SESSION_BUS_ADDRESS} nor an absolute
     *         {@code XDG_RUNTIME_DIR} is set
     * @throws InvalidAddressException if {@code DBUS_SESSION_BUS_ADDRESS} is set but not a valid address list
     */
    public static AddressList session(Map<String, String> environment) throws UnusableAddressException {
        String variable = get(environment, SESSION_BUS_VARIABLE);
        if (variable != null) {
            return parse(SESSION_BUS_VARIABLE, variable);
        }
        String runtime = get(environment, RUNTIME_DIR_VARIABLE);
        if (runtime != null && runtime.startsWith("/")) {
            String socket = runtime.endsWith("/") ? runtime + "bus" : runtime + "/bus";
            return AddressList.of(UnixAddress.path(socket));
        }
        throw new UnusableAddressException("no session bus address: " + SESSION_BUS_VARIABLE + " is not set, and "
                + RUNTIME_DIR_VARIABLE + (runtime == null ? " is not set either"
                        : " is " + AddressText.quote(runtime) + ", not an absolute path")
                + "; start a session bus (dbus-daemon --session, or log in through systemd) or set "
                + SESSION_BUS_VARIABLE);
    }

    /**
     * The system bus addresses, to try in order.
     *
     * @param environment the environment variables, as {@link System#getenv()} gives them
     * @throws InvalidAddressException if {@code DBUS_SYSTEM_BUS_ADDRESS} is set but not a valid address list
     */
    public static AddressList system(Map<String, String> environment) {
        String variable = get(environment, SYSTEM_BUS_VARIABLE);
        return variable != null ? parse(SYSTEM_BUS_VARIABLE, variable) : AddressList.parse(DEFAULT_SYSTEM_BUS);
    }

    private static String get(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    private static AddressList parse(String variable, String value) {
        try {
            return AddressList.parse(value);
        } catch (InvalidAddressException e) {
            throw e.from(variable);
        }
    }
}
