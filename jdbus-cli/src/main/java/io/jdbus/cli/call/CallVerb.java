package io.jdbus.cli.call;

import io.jdbus.cli.Buses;
import io.jdbus.cli.CallSettings;
import io.jdbus.cli.ExitCode;
import io.jdbus.cli.Invocation;
import io.jdbus.cli.UsageException;
import io.jdbus.cli.Verb;
import io.jdbus.cli.args.ArgumentException;
import io.jdbus.cli.format.CmdlineText;
import io.jdbus.cli.format.JsonWriter;
import io.jdbus.cli.format.ValueJson;
import io.jdbus.cli.format.ValueText;
import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.message.Flag;
import io.jdbus.message.Message;
import io.jdbus.message.MessageBuilder;
import java.io.IOException;
import java.util.List;

/**
 * {@code jdbus call DEST PATH IFACE METHOD [SIGNATURE [ARGS...]]}: calls a method and prints the reply
 * as busctl does: one line {@code <sig> <values>} ({@code s "hello"}), {@code --verbose} as
 * {@code MESSAGE "s" { ... };}, {@code --json=short|pretty} as {@code {"type":"s","data":["hello"]}};
 * an empty reply prints nothing. An error reply prints {@code Call failed: <message>} on standard
 * error and exits with 1, as does an argument that does not fit the signature.
 *
 * <p>Like busctl, the call allows interactive authorization unless
 * {@code --allow-interactive-authorization=no}; {@code --expect-reply=no} sends it without waiting,
 * {@code --auto-start=no} asks the bus not to start DEST, {@code --timeout=SECS} bounds the wait.
 *
 * {@snippet lang=sh :
 * jdbus --session call org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus GetNameOwner s org.freedesktop.DBus
 * # s "org.freedesktop.DBus"
 * jdbus --session --json=short call org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus ListNames
 * # {"type":"as","data":[["org.freedesktop.DBus",":1.7"]]}
 * }
 */
public final class CallVerb implements Verb {
    @Override
    public String name() {
        return "call";
    }

    @Override
    public String operands() {
        return "DEST PATH IFACE METHOD [SIGNATURE [ARGS...]]";
    }

    @Override
    public String summary() {
        return "Call a method and print its reply";
    }

    @Override
    public int run(Invocation inv) throws UsageException {
        List<String> ops = inv.operands();
        if (ops.size() < 4) {
            throw new UsageException("call needs DEST PATH IFACE METHOD [SIGNATURE [ARGS...]], got "
                    + ops.size() + " operand" + (ops.size() == 1 ? "" : "s"));
        }
        CallSettings settings = inv.settings();
        Message call;
        try {
            MessageBuilder builder = Message.methodCall(ops.get(0), ops.get(1), ops.get(2), ops.get(3));
            Bodies.append(builder, ops.subList(4, ops.size()));
            if (!settings.autoStart()) {
                builder.flag(Flag.NO_AUTO_START);
            }
            if (settings.allowInteractiveAuthorization()) {
                builder.flag(Flag.ALLOW_INTERACTIVE_AUTH);
            }
            if (!settings.expectReply()) {
                builder.flag(Flag.NO_REPLY_EXPECTED);
            }
            call = builder.build();
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
            if (!settings.expectReply()) {
                bus.send(call);
                return ExitCode.OK;
            }
            Message reply = bus.call(call, Buses.callTimeout(settings));
            print(inv, reply);
            return ExitCode.OK;
        } catch (DBusErrorException e) {
            inv.err().println("Call failed: " + (e.getMessage().isEmpty() ? e.name() : e.getMessage()));
            return ExitCode.FAILURE;
        } catch (IOException e) {
            inv.err().println("Call failed: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    private static void print(Invocation inv, Message reply) {
        if (reply.body().isEmpty() || inv.settings().quiet()) {
            return;
        }
        switch (inv.output()) {
            case TEXT -> {
                if (inv.settings().verbose()) {
                    inv.out().print(ValueText.message(reply.signature(), reply.body(), ""));
                    inv.out().println();   // busctl ends the dump with an empty line
                } else {
                    inv.out().println(CmdlineText.format(reply.signature(), reply.body()));
                }
            }
            case JSON_SHORT, JSON_PRETTY -> {
                JsonWriter w = new JsonWriter(inv.output().jsonStyle());
                ValueJson.payload(w, reply.signature(), reply.body());
                inv.out().println(w);
            }
        }
    }
}
