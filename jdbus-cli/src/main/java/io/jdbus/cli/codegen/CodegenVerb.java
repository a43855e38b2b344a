package io.jdbus.cli.codegen;

import io.jdbus.cli.Buses;
import io.jdbus.cli.ExitCode;
import io.jdbus.cli.Invocation;
import io.jdbus.cli.UsageException;
import io.jdbus.cli.Verb;
import io.jdbus.codegen.Main;
import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code jdbus codegen --package P --output DIR [--client] [--service] [--uint64-as-biginteger]
 * [--standard-interfaces] (XML... | --dest NAME --path PATH)}: generates Java sources from introspection XML files
 * ({@code -} for standard input), or from the introspection data of a live object on the bus the global options
 * name, with jdbus-codegen; writes them under DIR and prints each file written. Without {@code --client} or
 * {@code --service}, both are generated. See {@code docs/CODEGEN.md}.
 * {@snippet lang=sh :
 * ./jdbus codegen --package com.example.gen --output target/generated-sources/dbus \
 *     /usr/share/dbus-1/interfaces/org.freedesktop.PackageKit.xml
 * # target/generated-sources/dbus/com/example/gen/PackageKit.java ...
 * ./jdbus --system codegen --package com.example.login --output gen --dest org.freedesktop.login1 \
 *     --path /org/freedesktop/login1
 * }
 */
public final class CodegenVerb implements Verb {
    @Override
    public String name() {
        return "codegen";
    }

    @Override
    public String operands() {
        return "--package P --output DIR [--client] [--service] [--uint64-as-biginteger] [--standard-interfaces] "
                + "(XML... | --dest NAME --path PATH)";
    }

    @Override
    public String summary() {
        return "Generate Java client interfaces and service skeletons from introspection XML";
    }

    /** {@code --package}, {@code --output}, {@code --dest}, ... are the generator's, after the verb's name. */
    @Override
    public boolean parsesItsOwnOptions() {
        return true;
    }

    @Override
    public int run(Invocation inv) throws UsageException {
        List<String> args = new ArrayList<>();
        String dest = null;
        String path = null;
        List<String> operands = inv.operands();
        for (int i = 0; i < operands.size(); i++) {
            String a = operands.get(i);
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (name.equals("--dest") || name.equals("--path")) {
                String value = a.contains("=") ? a.substring(a.indexOf('=') + 1)
                        : i + 1 < operands.size() ? operands.get(++i) : null;
                if (value == null) {
                    throw new UsageException("codegen: " + name + " needs a value");
                }
                if (name.equals("--dest")) {
                    dest = value;
                } else {
                    path = value;
                }
            } else {
                args.add(a);
            }
        }
        if (inv.settings().clientOnly()) {
            args.add("--client");   // --client is also a global option (demo's), parsed before the verb sees it
        }
        if ((dest == null) != (path == null)) {
            throw new UsageException("codegen: --dest and --path go together");
        }
        if (dest == null) {
            return Main.run(args, inv.in(), inv.out(), inv.err());
        }
        String xml;
        try (MessageBus bus = Buses.open(inv)) {
            Message reply = bus.call(Message.methodCall(dest, path, "org.freedesktop.DBus.Introspectable",
                    "Introspect").build());
            xml = (String) reply.body().getFirst();
        } catch (IOException | RuntimeException e) {
            inv.err().println("jdbus codegen: cannot introspect " + path + " on " + dest + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        args.add("-");   // the live object's XML, through the generator's standard input
        return Main.run(args, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), inv.out(), inv.err());
    }
}
