package io.jdbus.cli.call;

import io.jdbus.cli.Buses;
import io.jdbus.cli.ExitCode;
import io.jdbus.cli.Invocation;
import io.jdbus.cli.UsageException;
import io.jdbus.cli.Verb;
import io.jdbus.cli.args.ArgumentException;
import io.jdbus.connection.MessageBus;
import io.jdbus.message.Flag;
import io.jdbus.message.Message;
import io.jdbus.message.MessageBuilder;
import java.io.IOException;
import java.util.List;

/**
 * {@code jdbus emit PATH IFACE SIGNAL [SIGNATURE [ARGS...]]}: sends a signal, with its arguments in
 * busctl's syntax; {@code --destination=SERVICE} addresses it to one peer, as busctl's option does.
 * Prints nothing on success.
 *
 * {@snippet lang=sh :
 * jdbus --session emit /org/example/App org.example.App Changed a{sv} 1 Volume u 7
 * }
 */
public final class EmitVerb implements Verb {
    @Override
    public String name() {
        return "emit";
    }

    @Override
    public String operands() {
        return "PATH IFACE SIGNAL [SIGNATURE [ARGS...]]";
    }

    @Override
    public String summary() {
        return "Emit a signal";
    }

    @Override
    public int run(Invocation inv) throws UsageException {
        List<String> ops = inv.operands();
        if (ops.size() < 3) {
            throw new UsageException("emit needs PATH IFACE SIGNAL [SIGNATURE [ARGS...]], got "
                    + ops.size() + " operand" + (ops.size() == 1 ? "" : "s"));
        }
        Message signal;
        try {
            MessageBuilder builder = Message.signal(ops.get(0), ops.get(1), ops.get(2));
            if (inv.settings().destination() != null) {
                builder.destination(inv.settings().destination());
            }
            if (!inv.settings().autoStart()) {
                builder.flag(Flag.NO_AUTO_START);
            }
            Bodies.append(builder, ops.subList(3, ops.size()));
            signal = builder.build();
        } catch (ArgumentException e) {
            inv.err().println(e.getMessage());
            return ExitCode.FAILURE;
        } catch (IllegalArgumentException e) {
            inv.err().println("Failed to create bus message: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        MessageBus bus = Buses.openOrReport(inv);
        if (bus == null) {
            return ExitCode.FAILURE;
        }
        try (bus) {
            bus.send(signal);
            return ExitCode.OK;
        } catch (IOException e) {
            inv.err().println("Failed to emit signal: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
