package io.jdbus.address;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code unixexec:} address: run a program and talk D-Bus over its standard input and output, as
 * {@code systemd-stdio-bridge} or {@code ssh host systemd-stdio-bridge} do.
 *
 * <p>{@code path=} is required (an absolute path, or a name searched in {@code PATH}); {@code argv0=},
 * {@code argv1=}, ... give the command line, numbered without gaps; {@code argv0} defaults to the path. This
 * record only describes the command: whether a jdbus connection can run it is up to the connection code.
 *
 * {@snippet :
 * Address a = Address.parse("unixexec:path=ssh,argv1=-xT,argv2=host,argv3=systemd-stdio-bridge");
 * ((UnixExecAddress) a).commandLine();   // [ssh, -xT, host, systemd-stdio-bridge]
 * UnixExecAddress.of("/usr/bin/systemd-stdio-bridge", List.of("--user"));
 * // unixexec:path=/usr/bin/systemd-stdio-bridge,argv1=--user
 * }
 *
 * @param path the program to run
 * @param argv0 the program's name as it sees it ({@code argv[0]}), if not the path
 * @param arguments the arguments after {@code argv[0]}: {@code argv1}, {@code argv2}, ...
 * @param guid the GUID the server must have, if given
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#transports-exec">Executed Subprocesses on Unix</a>
 */
public record UnixExecAddress(String path, Optional<String> argv0, List<String> arguments, Optional<Guid> guid)
        implements Address {

    /** Validates the parts; throws {@link InvalidAddressException} citing the rule broken. */
    public UnixExecAddress {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(argv0, "argv0");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(guid, "guid");
        Map<String, String> options = options(path, argv0, arguments, guid);
        for (Map.Entry<String, String> e : options.entrySet()) {
            String why = AddressText.valueProblem(e.getValue());
            if (why != null) {
                throw new InvalidAddressException("unixexec", AddressSyntax.format("unixexec", options), e.getKey(),
                        "has a value for key \"" + e.getKey() + "\" that " + why);
            }
        }
    }

    /** {@code unixexec:path=path,argv1=...}: {@code argv0} is the path, {@code arguments} follow it. */
    public static UnixExecAddress of(String path, List<String> arguments) {
        return new UnixExecAddress(path, Optional.empty(), arguments, Optional.empty());
    }

    /** This address with {@code argv0=argv0}. */
    public UnixExecAddress withArgv0(String argv0) {
        return new UnixExecAddress(path, Optional.of(argv0), arguments, guid);
    }

    /** This address with {@code guid=guid}. */
    public UnixExecAddress withGuid(Guid guid) {
        return new UnixExecAddress(path, argv0, arguments, Optional.of(guid));
    }

    /** The command line to run: {@code argv0} (or the path), then the arguments. */
    public List<String> commandLine() {
        List<String> line = new ArrayList<>(arguments.size() + 1);
        line.add(argv0.orElse(path));
        line.addAll(arguments);
        return List.copyOf(line);
    }

    static UnixExecAddress from(Options o) {
        Map<String, String> all = o.all();
        o.onlyKeys(k -> k.equals("path") || k.equals("guid") || argvIndex(k) >= 0,
                "path, argv0, argv1, ... and guid");
        String path = o.required("path", "the program to run");
        List<String> arguments = new ArrayList<>();
        int count = 0;
        for (String key : all.keySet()) {
            if (argvIndex(key) > 0) {
                count++;
            }
        }
        for (int i = 1; i <= count; i++) {
            String value = all.get("argv" + i);
            if (value == null) {
                int next = Integer.MAX_VALUE;
                for (String key : all.keySet()) {
                    int n = argvIndex(key);
                    if (n > i && n < next) {
                        next = n;
                    }
                }
                throw o.fail("argv" + next, "has argv" + next + " but no argv" + i
                        + "; arguments are numbered argv1, argv2, ... without gaps");
            }
            arguments.add(value);
        }
        Optional<String> argv0 = o.optional("argv0");
        Optional<Guid> guid = o.guid();
        return o.build(() -> new UnixExecAddress(path, argv0, arguments, guid));
    }

    /** The N of a key {@code argvN} (decimal, no leading zero, at most 9 digits), or -1. */
    private static int argvIndex(String key) {
        if (!key.startsWith("argv") || key.length() == 4 || key.length() > 13) {
            return -1;
        }
        String digits = key.substring(4);
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(digits);
    }

    @Override
    public String transport() {
        return "unixexec";
    }

    @Override
    public Map<String, String> options() {
        return options(path, argv0, arguments, guid);
    }

    /** True: the client runs the program. */
    @Override
    public boolean isConnectable() {
        return true;
    }

    /** False: there is nothing to listen on. */
    @Override
    public boolean isListenable() {
        return false;
    }

    /** The address text, values escaped. */
    @Override
    public String toString() {
        return AddressSyntax.format(transport(), options());
    }

    private static Map<String, String> options(String path, Optional<String> argv0, List<String> arguments,
            Optional<Guid> guid) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("path", path);
        argv0.ifPresent(a -> options.put("argv0", a));
        for (int i = 0; i < arguments.size(); i++) {
            options.put("argv" + (i + 1), Objects.requireNonNull(arguments.get(i), "argument"));
        }
        guid.ifPresent(g -> options.put("guid", g.value()));
        return Collections.unmodifiableMap(options);
    }
}
