package io.jdbus.cli.decode;

import io.jdbus.cli.ExitCode;
import io.jdbus.cli.Invocation;
import io.jdbus.cli.OutputMode;
import io.jdbus.cli.UsageException;
import io.jdbus.cli.Verb;
import io.jdbus.cli.format.MessageJson;
import io.jdbus.cli.format.MessageText;
import io.jdbus.message.Message;
import io.jdbus.message.MessageStreamReader;
import io.jdbus.wire.MalformedMessageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code jdbus decode [FILE]}: prints the binary D-Bus messages in FILE (or standard input),
 * one after the other, as busctl monitor would print them.
 *
 * <p>A malformed message ends the run: the messages before it are printed, then one line
 * {@code malformed message at byte offset N: <reason>} on standard error, where N is the offset in
 * the input at which the malformed message starts, and the status is 65.
 *
 * {@snippet lang=sh :
 * ./jdbus decode samples/messages.bin                  # as busctl monitor prints them
 * ./jdbus decode --json=short < samples/messages.bin   # one JSON object per line:
 * # {"type":"method_call","endian":"l","flags":0,"version":1,"serial":1,"path":"/org/freedesktop/DBus",...}
 * }
 */
public final class DecodeVerb implements Verb {
    private static final int CHUNK = 64 * 1024;

    @Override
    public String name() {
        return "decode";
    }

    @Override
    public String operands() {
        return "[FILE]";
    }

    @Override
    public String summary() {
        return "Print binary D-Bus messages from FILE or standard input";
    }

    @Override
    public int run(Invocation inv) throws UsageException {
        if (inv.operands().size() > 1) {
            throw new UsageException("decode takes at most one FILE, got " + inv.operands().size()
                    + " operands: " + String.join(" ", inv.operands()));
        }
        String file = inv.operands().isEmpty() ? "-" : inv.operands().getFirst();
        if (file.equals("-")) {
            return decode(inv.in(), "standard input", inv);
        }
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return decode(in, file, inv);
        } catch (NoSuchFileException e) {
            inv.err().println("jdbus decode: " + file + ": no such file");
            return ExitCode.NO_INPUT;
        } catch (IOException e) {
            inv.err().println("jdbus decode: cannot read " + file + ": " + e.getMessage());
            return ExitCode.NO_INPUT;
        }
    }

    private static int decode(InputStream in, String name, Invocation inv) {
        MessageStreamReader reader = new MessageStreamReader();
        byte[] chunk = new byte[CHUNK];
        long fed = 0;
        try {
            int n;
            while ((n = in.read(chunk)) != -1) {
                reader.feed(chunk, 0, n);
                fed += n;
                for (Message m = reader.next(); m != null; m = reader.next()) {
                    print(m, inv.output(), inv.out());
                }
            }
        } catch (MalformedMessageException e) {
            return malformed(inv, reader.offset(), e.reason() + " (at byte " + e.offset() + " of the message)");
        } catch (IOException e) {
            inv.out().flush();
            inv.err().println("jdbus decode: error reading " + name + ": " + e.getMessage());
            return ExitCode.IO_ERROR;
        }
        long pending = fed - reader.offset();
        if (pending > 0) {
            return malformed(inv, reader.offset(),
                    "truncated: the input ends " + pending + " bytes into a message");
        }
        return ExitCode.OK;
    }

    private static void print(Message m, OutputMode mode, PrintStream out) {
        switch (mode) {
            case TEXT -> out.print(MessageText.format(m));
            case JSON_SHORT, JSON_PRETTY -> out.println(MessageJson.format(m, mode.jsonStyle()));
        }
    }

    private static int malformed(Invocation inv, long offset, String reason) {
        inv.out().flush();
        inv.err().println("malformed message at byte offset " + offset + ": " + reason);
        return ExitCode.DATA_ERROR;
    }
}
