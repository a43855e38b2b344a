package io.jdbus.cli.wait;

import io.jdbus.cli.Buses;
import io.jdbus.cli.ExitCode;
import io.jdbus.cli.Invocation;
import io.jdbus.cli.UsageException;
import io.jdbus.cli.Verb;
import io.jdbus.cli.format.CmdlineText;
import io.jdbus.cli.format.JsonWriter;
import io.jdbus.cli.format.ValueJson;
import io.jdbus.cli.format.ValueText;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.Subscription;
import io.jdbus.match.MatchRule;
import io.jdbus.message.Message;
import io.jdbus.message.MessageType;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code jdbus wait [SERVICE] OBJECT INTERFACE SIGNAL}: waits for a signal and prints its arguments as
 * {@code call} prints a reply ({@code b true}; {@code --json=}: {@code {"type":"b","data":[true]}}), after
 * one signal or {@code --limit-messages=N}. {@code --timeout=SECS} bounds the wait: then
 * {@code Timed out waiting for signal.} on standard error and status 1. The verb follows busctl's
 * {@code wait} (systemd 257 and later).
 * {@snippet lang=sh :
 * jdbus --session wait com.example.name /com/example/sample_object0 com.example.SampleInterface0 Changed
 * # b true
 * }
 */
public final class WaitVerb implements Verb {
    @Override
    public String name() {
        return "wait";
    }

    @Override
    public String operands() {
        return "[SERVICE] OBJECT INTERFACE SIGNAL";
    }

    @Override
    public String summary() {
        return "Wait for a signal and print it";
    }

    @Override
    public int run(Invocation inv) throws UsageException {
        List<String> ops = inv.operands();
        if (ops.size() != 3 && ops.size() != 4) {
            throw new UsageException("wait needs [SERVICE] OBJECT INTERFACE SIGNAL");
        }
        int at = ops.size() - 3;
        MatchRule rule;
        try {
            var b = MatchRule.builder().type(MessageType.SIGNAL).path(ops.get(at)).interfaceName(ops.get(at + 1))
                    .member(ops.get(at + 2));
            if (at == 1) {
                b.sender(ops.getFirst());
            }
            rule = b.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        MessageBus bus = Buses.openOrReport(inv);
        if (bus == null) {
            return ExitCode.FAILURE;
        }
        long limit = inv.settings().limitMessages() == 0 ? 1 : inv.settings().limitMessages();
        Duration timeout = inv.settings().timeout();
        BlockingQueue<Message> signals = new LinkedBlockingQueue<>();
        try (bus; Subscription s = bus.addMatch(rule, signals::add)) {
            long deadline = timeout == null || timeout.isZero() ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
            for (long n = 0; n < limit; n++) {
                long left = deadline - System.nanoTime();
                Message m = deadline == Long.MAX_VALUE ? signals.take() : signals.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
                if (m == null) {
                    inv.err().println("Timed out waiting for signal.");
                    return ExitCode.FAILURE;
                }
                print(inv, m);
            }
            return ExitCode.OK;
        } catch (IOException e) {
            inv.err().println("Failed to add match: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.FAILURE;
        }
    }

    private static void print(Invocation inv, Message m) {
        switch (inv.output()) {
            case TEXT -> {
                if (inv.settings().verbose()) {
                    inv.out().print(ValueText.message(m.signature(), m.body(), ""));
                    inv.out().println();
                } else if (m.body().isEmpty()) {
                    inv.out().println();
                } else {
                    inv.out().println(CmdlineText.format(m.signature(), m.body()));
                }
            }
            case JSON_SHORT, JSON_PRETTY -> {
                JsonWriter w = new JsonWriter(inv.output().jsonStyle());
                ValueJson.payload(w, m.signature(), m.body());
                inv.out().println(w);
            }
        }
        inv.out().flush();
    }
}
