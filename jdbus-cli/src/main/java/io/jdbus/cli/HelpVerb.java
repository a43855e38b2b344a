package io.jdbus.cli;

import java.util.List;

/**
 * {@code jdbus help [VERB]}: the usage text, or one verb's, as {@code jdbus [VERB] --help} prints it.
 *
 * {@snippet lang=sh :
 * jdbus help status
 * # Usage: jdbus [OPTIONS...] status [SERVICE]
 * # ...
 * }
 */
final class HelpVerb implements Verb {
    @Override
    public String name() {
        return "help";
    }

    @Override
    public String operands() {
        return "[VERB]";
    }

    @Override
    public String summary() {
        return "Show the usage text, or VERB's operands and options";
    }

    @Override
    public int run(Invocation inv) throws UsageException {
        List<String> operands = inv.operands();
        if (operands.size() > 1) {
            throw new UsageException("help takes at most one VERB, got " + operands.size() + " operands");
        }
        inv.out().print(operands.isEmpty() ? Usage.help() : Usage.help(Verbs.find(operands.getFirst())));
        return ExitCode.OK;
    }
}
