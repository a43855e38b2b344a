package io.jdbus.cli.monitor;

import io.jdbus.cli.Invocation;
import io.jdbus.cli.OutputMode;
import io.jdbus.cli.UsageException;
import io.jdbus.cli.Verb;
import io.jdbus.cli.format.MessageJson;
import io.jdbus.cli.format.MessageText;
import io.jdbus.message.Message;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@code jdbus monitor [SERVICE...]}: prints the messages on the bus as {@code busctl monitor} does, those
 * from or to the given services (all when none is given), until interrupted or the bus goes away.
 *
 * <p>It becomes a monitor ({@code org.freedesktop.DBus.Monitoring.BecomeMonitor}) with busctl's match rules;
 * where the bus refuses that (an older or stricter bus), it subscribes with {@code eavesdrop='true'} rules
 * instead and says so on standard error. Each message prints as {@code jdbus decode} prints it, with the
 * receive time added to the text header as busctl adds it.
 *
 * {@snippet lang=sh :
 * jdbus --session monitor org.example.App
 * # ‣ Type=method_call  Endian=l  Flags=4  Version=1 Cookie=2  Timestamp="Mon 2025-01-06 10:00:00.123456 UTC"
 * #   Sender=:1.9  Destination=org.example.App  Path=/  Interface=org.example.App  Member=Quit
 * #   ...
 * }
 */
public final class MonitorVerb implements Verb {
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss.SSSSSS 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Override
    public String name() {
        return "monitor";
    }

    @Override
    public String operands() {
        return "[SERVICE...]";
    }

    @Override
    public String summary() {
        return "Print the messages from and to SERVICEs, or all";
    }

    @Override
    public int run(Invocation inv) throws UsageException {
        return MonitorSession.run(inv, "monitor", inv.output() == OutputMode.TEXT && !inv.settings().quiet(),
                bus -> m -> print(inv, m));
    }

    private static void print(Invocation inv, Message m) {
        PrintStream out = inv.out();
        switch (inv.output()) {
            case TEXT -> out.print(withTimestamp(MessageText.format(m), Instant.now()));
            case JSON_SHORT, JSON_PRETTY -> out.println(MessageJson.format(m, inv.output().jsonStyle()));
        }
        out.flush();
    }

    /** Adds busctl's {@code Timestamp="..."} to the end of the header's first line. */
    static String withTimestamp(String text, Instant received) {
        int eol = text.indexOf('\n');
        return text.substring(0, eol) + "  Timestamp=\"" + TIMESTAMP.format(received) + "\"" + text.substring(eol);
    }
}
