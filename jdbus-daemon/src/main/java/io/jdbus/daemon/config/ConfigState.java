package io.jdbus.daemon.config;

import io.jdbus.daemon.BusLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the files read so far have set, in the order they set it; included files write into their includer's
 * state in place. A copy can be taken and put back, to drop a file of an {@code <includedir>} that fails halfway.
 */
final class ConfigState {
    private String type;
    private final List<String> listen = new ArrayList<>();
    private final List<String> auth = new ArrayList<>();
    private boolean allowAnonymous;
    private BusLimits limits = BusLimits.DEFAULTS;
    private boolean fork;
    private Path pidFile;
    private String user;
    private final List<String> unsupported = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private final List<String> connectUsers = new ArrayList<>();

    void type(String value) {
        type = value;
    }

    void listen(String address) {
        listen.add(address);
    }

    boolean hasListen() {
        return !listen.isEmpty();
    }

    void auth(String mechanism) {
        auth.add(mechanism);
    }

    void allowAnonymous() {
        allowAnonymous = true;
    }

    BusLimits limits() {
        return limits;
    }

    void limits(BusLimits value) {
        limits = value;
    }

    void fork() {
        fork = true;
    }

    void pidFile(Path value) {
        pidFile = value;
    }

    void user(String value) {
        user = value;
    }

    /** Notes an element that was read but is not enforced; {@code where} is {@code file:line}. */
    void unsupported(String where, String what) {
        unsupported.add(where + ": " + what);
    }

    /** A user a {@code <policy>}'s {@code <allow user="...">} lets connect ({@code *} for everyone). */
    void connectUser(String user) {
        connectUsers.add(user);
    }

    void file(Path file) {
        files.add(file);
    }

    /** A copy to {@link #restore} later. */
    ConfigState copy() {
        ConfigState c = new ConfigState();
        c.restore(this);
        return c;
    }

    /** Makes this state equal to {@code saved}. */
    void restore(ConfigState saved) {
        type = saved.type;
        replace(listen, saved.listen);
        replace(auth, saved.auth);
        allowAnonymous = saved.allowAnonymous;
        limits = saved.limits;
        fork = saved.fork;
        pidFile = saved.pidFile;
        user = saved.user;
        replace(unsupported, saved.unsupported);
        replace(files, saved.files);
        replace(connectUsers, saved.connectUsers);
    }

    BusConfig toConfig() {
        return new BusConfig(Optional.ofNullable(type), listen, auth, allowAnonymous, limits, fork,
                Optional.ofNullable(pidFile), Optional.ofNullable(user), unsupported, files, connectUsers);
    }

    private static <T> void replace(List<T> list, List<T> with) {
        List<T> copy = List.copyOf(with);
        list.clear();
        list.addAll(copy);
    }
}
