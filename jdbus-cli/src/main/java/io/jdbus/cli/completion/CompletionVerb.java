package io.jdbus.cli.completion;

import io.jdbus.cli.ExitCode;
import io.jdbus.cli.Invocation;
import io.jdbus.cli.UsageException;
import io.jdbus.cli.Verb;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code jdbus completion bash}: prints a script that teaches bash to complete {@code jdbus} command lines.
 *
 * {@snippet lang=sh :
 * source <(jdbus completion bash)                               # this shell
 * jdbus completion bash > ~/.local/share/bash-completion/completions/jdbus   # every new shell
 * }
 */
public final class CompletionVerb implements Verb {
    private final Supplier<List<String>> verbs;

    /** A verb that offers the names {@code verbs} supplies, asked when the script is printed. */
    public CompletionVerb(Supplier<List<String>> verbs) {
        this.verbs = verbs;
    }

    @Override
    public String name() {
        return "completion";
    }

    @Override
    public String operands() {
        return "bash";
    }

    @Override
    public String summary() {
        return "Print the shell completion script (bash)";
    }

    @Override
    public int run(Invocation inv) throws UsageException {
        List<String> operands = inv.operands();
        if (operands.size() != 1) {
            throw new UsageException("completion needs the shell: bash, got " + operands.size() + " operands");
        }
        if (!operands.getFirst().equals("bash")) {
            throw new UsageException("completion knows the shell bash only, not '" + operands.getFirst() + "'");
        }
        inv.out().print(BashCompletion.script(verbs.get()));
        return ExitCode.OK;
    }
}
