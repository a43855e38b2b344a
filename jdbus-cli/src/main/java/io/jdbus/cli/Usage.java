package io.jdbus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

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
        return sb.toString();
    }

    /** {@code jdbus <version>}. */
    static String version() {
        return "jdbus " + versionNumber();
    }

    private static String versionNumber() {
        try (InputStream in = Usage.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "(development build)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(development build)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
