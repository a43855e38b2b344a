package io.jdbus.cli.codegen;

import io.jdbus.cli.Invocation;
import io.jdbus.cli.Verb;
import io.jdbus.codegen.Main;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code jdbus codegen --package P --output DIR [--client] [--service] [--uint64-as-biginteger]
 * [--standard-interfaces] XML...}: generates Java sources from introspection XML files ({@code -} for standard
 * input) with jdbus-codegen, writes them under DIR and prints each file written. Without {@code --client} or
 * {@code --service}, both are generated. See {@code docs/CODEGEN.md}.
 * {@snippet lang=sh :
 * ./jdbus codegen --package com.example.gen --output target/generated-sources/dbus \
 *     /usr/share/dbus-1/interfaces/org.freedesktop.PackageKit.xml
 * # target/generated-sources/dbus/com/example/gen/PackageKit.java ...
 * }
 */
public final class CodegenVerb implements Verb {
    @Override
    public String name() {
        return "codegen";
    }

    @Override
    public String operands() {
        return "--package P --output DIR [--client] [--service] [--uint64-as-biginteger] [--standard-interfaces] XML...";
    }

    @Override
    public String summary() {
        return "Generate Java client interfaces and service skeletons from introspection XML";
    }

    @Override
    public int run(Invocation inv) {
        List<String> args = new ArrayList<>(inv.operands());
        if (inv.settings().clientOnly()) {
            args.add("--client");   // --client is also a global option (demo's), parsed before the verb sees it
        }
        return Main.run(args, inv.in(), inv.out(), inv.err());
    }
}
