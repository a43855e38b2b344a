package io.jdbus.daemon.config;

import io.jdbus.daemon.BusLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a dbus-daemon configuration file (with everything it includes) asks of a bus. Made by {@link
 * BusConfigParser}; immutable.
 *
 * {@snippet :
 * BusConfig config = BusConfigParser.parse(Path.of("/usr/share/dbus-1/session.conf"))
 *         .withCommandLine(DaemonCommandLine.parse(List.of("--session", "--address=unix:tmpdir=/tmp")));
 * config.listen();      // [unix:tmpdir=/tmp]
 * config.limits();      // BusLimits.SESSION
 * config.unsupported().forEach(line -> log.log(INFO, "not enforced: " + line));
 * }
 *
 * @param type the well-known bus type ({@code <type>}, the last one wins), such as {@code session}
 * @param listen the addresses to listen on ({@code <listen>}), in the files' order; dbus-daemon announces the
 *        last one first
 * @param auth the authentication mechanisms allowed ({@code <auth>}), in order; empty means the daemon's default
 * @param allowAnonymous whether clients authenticated by ANONYMOUS may connect ({@code <allow_anonymous/>})
 * @param limits the limits ({@code <limit>}), starting from {@link BusLimits#DEFAULTS}
 * @param fork whether the daemon should go into the background ({@code <fork/>})
 * @param pidFile where to write the daemon's process id ({@code <pidfile>}, the last one wins)
 * @param user the account to run as ({@code <user>}, the last one wins)
 * @param unsupported one line per element that was read but that a bus without an access-policy engine, service
 *        activation or security modules does not enforce, each starting with {@code file:line: }
 * @param files every file whose contents are part of this configuration, in the order they were read
 * @param connectUsers the users that {@code <allow user="...">} rules of a {@code <policy>} let connect, besides
 *        the bus's own user and root ({@code *}: everyone); the one part of the access policy this bus applies
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-daemon.1.html">dbus-daemon(1), CONFIGURATION FILE</a>
 */
public record BusConfig(Optional<String> type, List<String> listen, List<String> auth, boolean allowAnonymous,
        BusLimits limits, boolean fork, Optional<Path> pidFile, Optional<String> user, List<String> unsupported,
        List<Path> files, List<String> connectUsers) {

    /** Copies the lists and checks that no value is missing or blank. */
    public BusConfig {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(pidFile, "pidFile");
        Objects.requireNonNull(user, "user");
        listen = List.copyOf(listen);
        auth = List.copyOf(auth);
        unsupported = List.copyOf(unsupported);
        files = List.copyOf(files);
        connectUsers = List.copyOf(connectUsers);
        type.ifPresent(t -> requireText("the bus type", t));
        user.ifPresent(u -> requireText("the user", u));
        listen.forEach(a -> requireText("a listen address", a));
        auth.forEach(m -> requireText("an authentication mechanism", m));
    }

    /**
     * This configuration as the command line changes it, as dbus-daemon applies its options: {@code --address}
     * replaces every {@code <listen>}, {@code --fork} and {@code --nofork} override {@code <fork/>}, and
     * {@code --nopidfile} drops the {@code <pidfile>}.
     */
    public BusConfig withCommandLine(DaemonCommandLine commandLine) {
        List<String> addresses = commandLine.address().map(List::of).orElse(listen);
        boolean forks = commandLine.fork() || (fork && !commandLine.noFork());
        Optional<Path> pid = commandLine.noPidFile() ? Optional.empty() : pidFile;
        return new BusConfig(type, addresses, auth, allowAnonymous, limits, forks, pid, user, unsupported, files,
                connectUsers);
    }

    private static void requireText(String what, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " cannot be blank: \"" + value + "\"");
        }
    }
}
