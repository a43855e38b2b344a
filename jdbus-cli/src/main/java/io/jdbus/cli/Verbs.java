package io.jdbus.cli;

import io.jdbus.cli.call.CallVerb;
import io.jdbus.cli.codegen.CodegenVerb;
import io.jdbus.cli.call.EmitVerb;
import io.jdbus.cli.capture.CaptureVerb;
import io.jdbus.cli.completion.CompletionVerb;
import io.jdbus.cli.decode.DecodeVerb;
import io.jdbus.cli.list.ListVerb;
import io.jdbus.cli.monitor.MonitorVerb;
import io.jdbus.cli.demo.DemoVerb;
import io.jdbus.cli.introspect.IntrospectVerb;
import io.jdbus.cli.property.GetPropertyVerb;
import io.jdbus.cli.property.SetPropertyVerb;
import io.jdbus.cli.status.StatusVerb;
import io.jdbus.cli.tree.TreeVerb;
import io.jdbus.cli.wait.WaitVerb;
import java.util.List;
import java.util.stream.Collectors;

/** The verbs {@code jdbus} knows, in the order the usage text lists them. */
final class Verbs {
    static final List<Verb> ALL = List.of(new CallVerb(), new ListVerb(), new IntrospectVerb(), new TreeVerb(),
            new GetPropertyVerb(), new SetPropertyVerb(), new EmitVerb(), new MonitorVerb(), new CaptureVerb(),
            new StatusVerb(), new WaitVerb(), new DemoVerb(), new DecodeVerb(), new CodegenVerb(), new HelpVerb(),
            new CompletionVerb(Verbs::nameList));

    private Verbs() {
    }

    /** The verb called {@code name}. */
    static Verb find(String name) throws UsageException {
        for (Verb verb : ALL) {
            if (verb.name().equals(name)) {
                return verb;
            }
        }
        throw new UsageException("unknown verb '" + name + "'; the verbs are: " + names());
    }

    /** The verbs' names, in order. */
    static List<String> nameList() {
        return ALL.stream().map(Verb::name).toList();
    }

    /** Whether the verb called {@code name} exists and reads its own options ({@link Verb#parsesItsOwnOptions}). */
    static boolean parsesItsOwnOptions(String name) {
        return ALL.stream().anyMatch(v -> v.name().equals(name) && v.parsesItsOwnOptions());
    }

    /** The verbs' names, comma-separated. */
    static String names() {
        return ALL.stream().map(Verb::name).collect(Collectors.joining(", "));
    }
}
