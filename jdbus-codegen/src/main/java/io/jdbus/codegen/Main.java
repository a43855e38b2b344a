package io.jdbus.codegen;

import io.jdbus.introspect.Interface;
import io.jdbus.introspect.IntrospectionParser;
import io.jdbus.introspect.InvalidIntrospectionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The generator's command line, used by {@code jdbus codegen} and, in a JDK of its own, by the Maven plugin:
 * {@code --package P --output DIR [--client] [--service] [--uint64-as-biginteger] [--standard-interfaces] XML...}
 * ({@code -} reads standard input). Without {@code --client} or {@code --service} both are generated. Several
 * files are merged (each interface once, the first file that has it wins), so that records they share are
 * written once. Prints each file written. Exit status 0; 2 for a wrong command line; 65 for XML that is not
 * introspection data; 66 for a file that cannot be read; 74 when the output cannot be written.
 * {@snippet lang=sh :
 * java -cp jdbus-codegen.jar:jdbus-core.jar io.jdbus.codegen.Main --package com.example.nm \
 *     --output target/generated-sources/jdbus --client --service src/main/dbus/*.xml
 * }
 */
public final class Main {
    /** The synopsis, printed with {@code --help} and after a usage error. */
    public static final String USAGE = "jdbus codegen --package P --output DIR [--client] [--service] "
            + "[--uint64-as-biginteger] [--standard-interfaces] XML...";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.in, System.out, System.err));
    }

    /** Runs the generator on {@code args}; returns the exit status. */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        String pkg = null;
        String output = null;
        Set<String> flags = new HashSet<>();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            int eq = a.startsWith("--") ? a.indexOf('=') : -1;
            String name = eq < 0 ? a : a.substring(0, eq);
            String inline = eq < 0 ? null : a.substring(eq + 1);
            switch (name) {
                case "--help", "-h" -> {
                    out.println("usage: " + USAGE);
                    out.println("Generates Java client interfaces and service skeletons from introspection XML; "
                            + "see docs/CODEGEN.md.");
                    return 0;
                }
                case "--package", "--output" -> {
                    String value = inline != null ? inline : i + 1 < args.size() ? args.get(++i) : null;
                    if (value == null) {
                        return usage(err, a + " needs a value");
                    }
                    if (name.equals("--package")) {
                        pkg = value;
                    } else {
                        output = value;
                    }
                }
                case "--client", "--service", "--uint64-as-biginteger", "--standard-interfaces" -> {
                    if (inline != null) {
                        return usage(err, name + " takes no value (got '" + a + "')");
                    }
                    flags.add(name);
                }
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) {
                        return usage(err, "unknown option '" + a + "'");
                    }
                    files.add(a);
                }
            }
        }
        if (pkg == null || output == null) {
            return usage(err, "--package P and --output DIR are needed");
        }
        if (files.isEmpty()) {
            return usage(err, "at least one introspection XML file (or - for standard input) is needed");
        }
        GeneratorOptions options;
        try {
            boolean client = flags.contains("--client");
            boolean service = flags.contains("--service");
            options = new GeneratorOptions(pkg, client || !service, service || !client,
                    flags.contains("--uint64-as-biginteger"), flags.contains("--standard-interfaces"));
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        Map<String, Interface> interfaces = new LinkedHashMap<>();
        for (String file : files) {
            try {
                String xml = file.equals("-") ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        : Files.readString(Path.of(file));
                Generator.collect(IntrospectionParser.parse(xml), interfaces);
            } catch (NoSuchFileException e) {
                err.println("jdbus codegen: " + file + ": no such file");
                return 66;
            } catch (InvalidIntrospectionException e) {
                err.println("jdbus codegen: " + file + ": " + e.getMessage());
                return 65;
            } catch (IOException | InvalidPathException e) {
                err.println("jdbus codegen: cannot read " + file + ": " + e.getMessage());
                return 66;
            }
        }
        try {
            for (Path p : SourceWriter.write(Path.of(output), Generator.generate(List.copyOf(interfaces.values()), options))) {
                out.println(p);
            }
        } catch (IOException | InvalidPathException e) {
            err.println("jdbus codegen: cannot write under " + output + ": " + e.getMessage());
            return 74;
        }
        return 0;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("jdbus codegen: " + problem);
        err.println("usage: " + USAGE);
        return 2;
    }
}
