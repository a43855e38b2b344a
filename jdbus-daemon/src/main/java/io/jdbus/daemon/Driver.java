package io.jdbus.daemon;

import io.jdbus.connection.StandardError;
import io.jdbus.daemon.names.NameRegistry;
import io.jdbus.match.InvalidMatchRuleException;
import io.jdbus.match.MatchRule;
import io.jdbus.message.Message;
import io.jdbus.names.BusName;
import io.jdbus.names.WellKnownName;
import io.jdbus.transport.PeerCredentials;
import io.jdbus.types.Variant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bus driver: the methods of {@code org.freedesktop.DBus} and the standard interfaces the bus object answers,
 * with dbus-daemon's replies, errors and error texts. Runs under the bus lock.
 */
final class Driver {
    /** The driver interface's properties, both {@code as}. */
    static final List<String> PROPERTIES = List.of("Features", "Interfaces");
    private static final List<String> FEATURES = List.of("HeaderFiltering");
    private static final List<String> EXTRA_INTERFACES = List.of(DriverMethod.MONITORING, DriverMethod.STATS);

    private final Bus bus;

    Driver(Bus bus) {
        this.bus = bus;
    }

    /** Answers a call addressed to the bus. */
    void handle(Client from, Message call) {
        try {
            DriverMethod method = find(call);
            if (!call.signature().toString().equals(method.in())) {
                throw new DriverError(StandardError.INVALID_ARGS, "Call to " + method.name() + " has wrong args ("
                        + call.signature() + ", expected " + method.in() + ")");
            }
            invoke(from, call, method);
        } catch (DriverError e) {
            bus.error(call, e.errorName(), e.getMessage());
        }
    }

    private static DriverMethod find(Message call) throws DriverError {
        List<String> here = DriverIntrospection.interfacesAt(call.path());
        String iface = call.interfaceName();
        if (iface != null && !here.contains(iface)) {
            throw new DriverError(StandardError.UNKNOWN_INTERFACE, Bus.DRIVER_NAME + " does not understand message "
                    + call.member());
        }
        for (DriverMethod m : DriverMethod.ALL) {
            if (m.name().equals(call.member()) && (iface == null ? here.contains(m.interfaceName())
                    : m.interfaceName().equals(iface))) {
                return m;
            }
        }
        throw new DriverError(StandardError.UNKNOWN_METHOD, Bus.DRIVER_NAME + " does not understand message "
                + call.member());
    }

    private void invoke(Client from, Message call, DriverMethod method) throws DriverError {
        List<Object> a = call.body();
        switch (method.name()) {
            case "Hello" -> throw new DriverError(StandardError.FAILED, "Already handled an Hello message");
            case "RequestName" -> requestName(from, call, (String) a.get(0), (Integer) a.get(1));
            case "ReleaseName" -> releaseName(from, call, (String) a.get(0));
            case "StartServiceByName" -> throw new DriverError(StandardError.SERVICE_UNKNOWN, "The name " + a.get(0)
                    + " was not provided by any .service files");   // even for a name with an owner, as dbus-daemon
            case "UpdateActivationEnvironment" -> {
                privileged(from, call, method);
                bus.reply(call, "");   // accepted: with no activation there is nothing to start with it
            }
            case "NameHasOwner" -> {
                String name = (String) a.get(0);
                bus.reply(call, "b", name.equals(Bus.DRIVER_NAME) || bus.resolve(name) != null);
            }
            case "ListNames" -> {
                List<String> names = new ArrayList<>();
                names.add(Bus.DRIVER_NAME);
                names.addAll(bus.names.ownedNames());
                for (Client c : bus.clients) {
                    if (c.uniqueName != null && !c.monitor) {
                        names.add(c.uniqueName);
                    }
                }
                bus.reply(call, "as", names);
            }
            case "ListActivatableNames" -> bus.reply(call, "as", List.of(Bus.DRIVER_NAME));
            case "AddMatch" -> addMatch(from, call, (String) a.get(0));
            case "RemoveMatch" -> removeMatch(from, call, (String) a.get(0));
            case "GetNameOwner" -> {
                String name = (String) a.get(0);
                bus.reply(call, "s", name.equals(Bus.DRIVER_NAME) ? name : target(name, "owner").uniqueName);
            }
            case "ListQueuedOwners" -> {
                String name = (String) a.get(0);
                List<String> owners = name.equals(Bus.DRIVER_NAME) ? List.of(name)
                        : name.startsWith(":") ? List.of(target(name, "owners").uniqueName)
                        : bus.names.queuedOwners(name);
                if (owners.isEmpty()) {
                    throw noSuchName(name, "owners");
                }
                bus.reply(call, "as", owners);
            }
            case "GetConnectionUnixUser" -> bus.reply(call, "u",
                    (int) credentials((String) a.get(0), "UID").map(PeerCredentials::uid).orElseThrow(
                            () -> new DriverError(StandardError.FAILED, "Could not determine UID for '" + a.get(0) + "'"))
                            .longValue());
            case "GetConnectionUnixProcessID" -> {
                long pid = credentials((String) a.get(0), "PID").map(PeerCredentials::pid).orElse(0L);
                if (pid <= 0) {
                    throw new DriverError("org.freedesktop.DBus.Error.UnixProcessIdUnknown",
                            "Could not determine PID for '" + a.get(0) + "'");
                }
                bus.reply(call, "u", (int) pid);
            }
            case "GetConnectionCredentials" -> {
                Optional<PeerCredentials> creds = credentials((String) a.get(0), "credentials");
                Map<String, Variant> out = new LinkedHashMap<>();
                creds.filter(c -> c.pid() > 0).ifPresent(c -> out.put("ProcessID", Variant.of("u", (int) c.pid())));
                creds.ifPresent(c -> out.put("UnixUserID", Variant.of("u", (int) c.uid())));
                bus.reply(call, "a{sv}", out);
            }
            case "GetAdtAuditSessionData" -> {
                credentials((String) a.get(0), "audit session data");
                throw new DriverError("org.freedesktop.DBus.Error.AdtAuditDataUnknown",
                        "Could not determine audit session data for '" + a.get(0) + "'");
            }
            case "GetConnectionSELinuxSecurityContext" -> {
                credentials((String) a.get(0), "security context");
                throw new DriverError("org.freedesktop.DBus.Error.SELinuxSecurityContextUnknown",
                        "Could not determine security context for '" + a.get(0) + "'");
            }
            case "ReloadConfig", "Ping" -> bus.reply(call, "");
            case "GetId" -> bus.reply(call, "s", bus.settings.guid());
            case "GetMachineId" -> bus.reply(call, "s", bus.settings.machineId());
            case "Introspect" -> bus.reply(call, "s", DriverIntrospection.of(call.path()));
            case "Get" -> {
                String iface = (String) a.get(0);
                String prop = (String) a.get(1);
                knownInterface(iface);
                if (!iface.equals(Bus.DRIVER_INTERFACE) || !PROPERTIES.contains(prop)) {
                    throw new DriverError(StandardError.UNKNOWN_PROPERTY, "Property \"" + iface + "." + prop
                            + "\" not found");
                }
                bus.reply(call, "v", Variant.of("as", property(prop)));
            }
            case "GetAll" -> {
                String iface = (String) a.get(0);
                knownInterface(iface);
                Map<String, Variant> all = new LinkedHashMap<>();
                if (iface.equals(Bus.DRIVER_INTERFACE)) {
                    PROPERTIES.forEach(p -> all.put(p, Variant.of("as", property(p))));
                }
                bus.reply(call, "a{sv}", all);
            }
            case "Set" -> {
                String iface = (String) a.get(0);
                String prop = (String) a.get(1);
                knownInterface(iface);
                if (iface.equals(Bus.DRIVER_INTERFACE) && PROPERTIES.contains(prop)) {
                    throw new DriverError(StandardError.PROPERTY_READ_ONLY, "Property '" + iface + "." + prop
                            + "' cannot be set");
                }
                throw new DriverError(StandardError.UNKNOWN_PROPERTY, "Property \"" + iface + "." + prop + "\" not found");
            }
            case "BecomeMonitor" -> becomeMonitor(from, call, method);
            case "GetStats" -> {
                privileged(from, call, method);
                bus.reply(call, "a{sv}", BusStats.bus(bus));
            }
            case "GetConnectionStats" -> {
                privileged(from, call, method);
                bus.reply(call, "a{sv}", BusStats.connection(target((String) a.get(0), "statistics")));
            }
            case "GetAllMatchRules" -> {
                privileged(from, call, method);
                bus.reply(call, "a{sas}", BusStats.matchRules(bus));
            }
            default -> throw new IllegalStateException("no handler for driver method " + method);
        }
    }

    private static List<String> property(String name) {
        return name.equals("Features") ? FEATURES : EXTRA_INTERFACES;
    }

    private static void knownInterface(String iface) throws DriverError {
        if (!DriverMethod.CANONICAL.contains(iface)) {
            throw new DriverError(StandardError.UNKNOWN_INTERFACE, "Interface \"" + iface + "\" not found");
        }
    }

    private void requestName(Client from, Message call, String name, int flags) throws DriverError {
        if (name.startsWith(":")) {
            throw new DriverError(StandardError.INVALID_ARGS, "Cannot acquire a service starting with ':' such as \""
                    + name + "\"");
        }
        if (name.equals(Bus.DRIVER_NAME)) {
            throw new DriverError(StandardError.INVALID_ARGS, "Connection \"" + from.uniqueName
                    + "\" is not allowed to own the service \"" + name + "\"because it is reserved for D-Bus' use only");
        }
        if (!WellKnownName.isValid(name)) {
            throw new DriverError(StandardError.INVALID_ARGS, "Requested bus name \"" + name + "\" is not valid");
        }
        long max = bus.settings.limits().maxNamesPerConnection();
        // the unique name counts as one of the connection's names, as in dbus-daemon
        if (!bus.names.queuedOwners(name).contains(from.uniqueName) && 1 + namesOf(from) >= max) {
            throw new DriverError(StandardError.LIMITS_EXCEEDED, "Connection \"" + from.uniqueName
                    + "\" is not allowed to own more services (increase limits in configuration file if required; "
                    + "max_names_per_connection=" + max + ")");
        }
        NameRegistry.Outcome o = bus.names.request(from.uniqueName, name, flags);
        o.events().forEach(bus::signal);
        bus.reply(call, "u", o.reply());
    }

    private long namesOf(Client c) {
        return bus.names.ownedNames().stream().filter(n -> bus.names.queuedOwners(n).contains(c.uniqueName)).count();
    }

    private void releaseName(Client from, Message call, String name) throws DriverError {
        if (name.startsWith(":")) {
            throw new DriverError(StandardError.INVALID_ARGS, "Cannot release a service starting with ':' such as \""
                    + name + "\"");
        }
        if (name.equals(Bus.DRIVER_NAME)) {
            throw new DriverError(StandardError.INVALID_ARGS, "Cannot release the D-Bus service because it is owned "
                    + "by the bus");
        }
        if (!WellKnownName.isValid(name)) {
            throw new DriverError(StandardError.INVALID_ARGS, "Given bus name \"" + name + "\" is not valid");
        }
        NameRegistry.Outcome o = bus.names.release(from.uniqueName, name);
        o.events().forEach(bus::signal);
        bus.reply(call, "u", o.reply());
    }

    private void addMatch(Client from, Message call, String text) throws DriverError {
        MatchRule rule = parseRule(text);
        long max = bus.settings.limits().maxMatchRulesPerConnection();
        if (from.rules.size() >= max) {
            throw new DriverError(StandardError.LIMITS_EXCEEDED, "Connection \"" + from.uniqueName
                    + "\" is not allowed to add more match rules (increase limits in configuration file if required; "
                    + "max_match_rules_per_connection=" + max + ")");
        }
        from.rules.add(BusRule.of(rule));
        bus.reply(call, "");
    }

    private void removeMatch(Client from, Message call, String text) throws DriverError {
        MatchRule rule = parseRule(text);
        for (int i = from.rules.size() - 1; i >= 0; i--) {
            if (from.rules.get(i).rule().equals(rule)) {
                from.rules.remove(i);
                bus.reply(call, "");
                return;
            }
        }
        throw new DriverError(StandardError.MATCH_RULE_NOT_FOUND,
                "The given match rule wasn't found and can't be removed");
    }

    private static MatchRule parseRule(String text) throws DriverError {
        try {
            return MatchRule.parse(text);
        } catch (InvalidMatchRuleException e) {
            throw new DriverError(StandardError.MATCH_RULE_INVALID, e.getMessage());
        }
    }

    private void becomeMonitor(Client from, Message call, DriverMethod method) throws DriverError {
        privileged(from, call, method);
        if ((Integer) call.body().get(1) != 0) {
            throw new DriverError(StandardError.INVALID_ARGS, "BecomeMonitor does not support any flags yet");
        }
        List<BusRule> rules = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) call.body().get(0);
        for (String text : texts) {
            rules.add(BusRule.of(parseRule(text)));
        }
        bus.reply(call, "");
        bus.becomeMonitor(from, rules);
    }

    /** A method only the bus's own user (or root) may call, and only on the bus object's canonical path. */
    private void privileged(Client from, Message call, DriverMethod method) throws DriverError {
        if (!Bus.DRIVER_PATH.equals(call.path())) {
            throw new DriverError(StandardError.ACCESS_DENIED, "Method '" + method.name()
                    + "' is only available at the canonical object path '" + Bus.DRIVER_PATH + "'");
        }
        long uid = from.credentials.map(PeerCredentials::uid).orElse(-1L);
        if (uid != 0 && uid != bus.settings.ownUid()) {
            throw new DriverError(StandardError.ACCESS_DENIED, "The caller does not have the privileges to call "
                    + method.interfaceName() + "." + method.name());
        }
    }

    /** The client a name argument names, or the error dbus-daemon gives for a name nobody has. */
    private Client target(String name, String what) throws DriverError {
        Client c = BusName.isValid(name) ? bus.resolve(name) : null;
        if (c == null) {
            throw noSuchName(name, what);
        }
        return c;
    }

    private static DriverError noSuchName(String name, String what) {
        return new DriverError(StandardError.NAME_HAS_NO_OWNER, "Could not get " + what + " of name '" + name
                + "': no such name");
    }

    /** The peer credentials of the connection a name argument names; the bus's own for the driver's name. */
    private Optional<PeerCredentials> credentials(String name, String what) throws DriverError {
        if (name.equals(Bus.DRIVER_NAME)) {
            return Optional.of(new PeerCredentials(bus.settings.ownPid(), bus.settings.ownUid(), -1));
        }
        return target(name, what).credentials;
    }
}
