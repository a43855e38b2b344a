package io.jdbus.cli;

import java.util.List;
import java.util.Map;

/** The {@code --help} and {@code --version} texts. */
final class Usage {
    private Usage() {
    }

    /** The help text, listing the global options and every verb. */
    static String help() {
        StringBuilder sb = new StringBuilder();
        sb.append("""
                Usage: jdbus [OPTIONS...] VERB [ARGUMENTS...]

                Work with D-Bus from the JVM; verbs and options follow busctl.

                Options (before or after the verb; -- ends them):
                  --address=ADDRESS    Use the bus at this D-Bus address
                  --session            Use the session bus
                  --system             Use the system bus (the default)
                  --json=short|pretty  Print JSON, one line per value or indented
                  --timeout=SECS       How long call waits for a reply (default 25s)
                  --expect-reply=BOOL  Whether call waits for a reply (default yes)
                  --auto-start=BOOL    Whether the bus may start the destination (default yes)
                  --allow-interactive-authorization=BOOL
                                       Whether the callee may ask for authorization (default yes)
                  --destination=NAME   Where emit addresses its signal
                  -q, --quiet          call: no reply; monitor: no banner
                  --verbose            call: print the reply as MESSAGE "sig" { ... };
                  --no-legend          list: no header line
                  --xml-interface      introspect: print the XML as the object sent it
                  --list               tree: one path per line
                  --limit-messages=N   wait: stop after N signals (default 1)
                  --serve, --client    demo: only export the sample service, or only run the client
                  --unique, --acquired, --activatable
                                       list: only these kinds of names
                  -h, --help           Show this help
                  --version            Show the version

                Verbs:
                """);
        for (Verb verb : Verbs.ALL) {
            String synopsis = (verb.name() + " " + verb.operands()).strip();
            sb.append("  ").append(synopsis).append('\n')
                    .append("      ").append(verb.summary()).append('\n');
        }
        sb.append("\nSee 'jdbus VERB --help' or 'jdbus help VERB' for a verb's operands and options.\n");
        return sb.toString();
    }

    /** The options each verb heeds, besides the bus options every verb that talks to a bus takes. */
    private static final Map<String, List<String>> VERB_OPTIONS = Map.ofEntries(
            Map.entry("call", List.of(
                    "--json=short|pretty  Print the reply as JSON",
                    "--verbose            Print the reply as MESSAGE \"sig\" { ... };",
                    "-q, --quiet          Print no reply",
                    "--timeout=SECS       How long to wait for the reply (default 25s)",
                    "--expect-reply=BOOL  Whether to wait for a reply (default yes)",
                    "--auto-start=BOOL    Whether the bus may start DEST (default yes)",
                    "--allow-interactive-authorization=BOOL",
                    "                     Whether DEST may ask for authorization (default yes)")),
            Map.entry("list", List.of(
                    "--unique             Only unique names (:1.N)",
                    "--acquired           Only well-known names",
                    "--activatable        Only names the bus can start",
                    "--no-legend          No header line",
                    "--json=short|pretty  Print busctl's JSON array")),
            Map.entry("introspect", List.of(
                    "--xml-interface      Print the introspection XML as the object sent it")),
            Map.entry("tree", List.of(
                    "--list               One object path per line instead of a tree")),
            Map.entry("get-property", List.of(
                    "--json=short|pretty  Print each value as JSON",
                    "--verbose            Print each value as BYTE 0; and so on")),
            Map.entry("set-property", List.of()),
            Map.entry("emit", List.of(
                    "--destination=NAME   Address the signal to one peer")),
            Map.entry("monitor", List.of(
                    "--json=short|pretty  One JSON object per message",
                    "-q, --quiet          No banner on standard error")),
            Map.entry("capture", List.of(
                    "-q, --quiet          No banner on standard error")),
            Map.entry("status", List.of()),
            Map.entry("wait", List.of(
                    "--json=short|pretty  Print the signal's arguments as JSON",
                    "--timeout=SECS       Give up after this long (status 1)",
                    "--limit-messages=N   Stop after N signals (default 1, 0 for no limit)")),
            Map.entry("demo", List.of(
                    "--serve              Only export the sample service and wait",
                    "--client             Only run the client scenario")),
            Map.entry("decode", List.of(
                    "--json=short|pretty  One JSON object per message")),
            Map.entry("codegen", List.of(
                    "--package=P          The package of the generated types",
                    "--output=DIR         Where to write the sources",
                    "--client             Typed client interfaces (both when neither is given)",
                    "--service            Service skeletons to implement",
                    "--uint64-as-biginteger",
                    "                     Declare t as BigInteger instead of long",
                    "--standard-interfaces",
                    "                     Also generate Properties, Introspectable, Peer, ObjectManager",
                    "--dest=NAME --path=PATH",
                    "                     Introspect a live object on the bus instead of reading XML files")),
            Map.entry("completion", List.of()),
            Map.entry("help", List.of()));

    /** Verbs that never connect to a bus, so take no bus options. */
    private static final List<String> OFFLINE = List.of("decode", "completion", "help");

    /** The help text of one verb: its synopsis, what it does, its operands' form and the options it heeds. */
    static String help(Verb verb) {
        StringBuilder sb = new StringBuilder();
        sb.append("Usage: jdbus [OPTIONS...] ").append((verb.name() + " " + verb.operands()).strip()).append("\n\n")
                .append(verb.summary()).append(".\n");
        List<String> options = VERB_OPTIONS.getOrDefault(verb.name(), List.of());
        sb.append("\nOptions:\n");
        for (String option : options) {
            sb.append("  ").append(option).append('\n');
        }
        if (!OFFLINE.contains(verb.name())) {
            sb.append("""
                      --address=ADDRESS    Use the bus at this D-Bus address
                      --session            Use the session bus
                      --system             Use the system bus (the default)
                    """);
        }
        sb.append("  -h, --help           Show this help\n");
        return sb.toString();
    }

    /** {@code jdbus <version>}. */
    static String version() {
        return Version.text();
    }
}
