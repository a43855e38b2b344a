package io.jdbus.cli.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jdbus.cli.CliRun;
import io.jdbus.message.Message;
import io.jdbus.message.MessageDecoder;
import io.jdbus.message.MessageEncoder;
import io.jdbus.wire.Endian;
import io.jdbus.wire.MalformedMessageException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jdbus decode} end to end, through {@code Cli.run}. The first two messages are the ones
 * {@code busctl call ... GetNameOwner s org.freedesktop.DBus} exchanged with dbus-daemon, and the
 * expected text and JSON are what {@code busctl monitor} printed for them (without its timestamps).
 */
class DecodeVerbTest {
    private static final Message CALL = Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                    "org.freedesktop.DBus", "GetNameOwner")
            .endian(Endian.LITTLE).flags(4).serial(2).sender(":1.5").body("s", "org.freedesktop.DBus").build();
    private static final Message RETURN = Message.methodReturn(CALL)
            .flags(1).serial(3).sender("org.freedesktop.DBus").body("s", "org.freedesktop.DBus").build();
    private static final Message ERROR = Message.error(CALL, "org.freedesktop.DBus.Error.UnknownMethod", "nope")
            .flags(1).serial(4).sender("org.freedesktop.DBus").build();
    private static final Message BIG_SIGNAL = Message.signal("/com/example", "com.example.Iface", "Changed")
            .endian(Endian.BIG).serial(-1).sender(":1.9").body("ba{sv}", true, java.util.Map.of()).build();

    private static final String CALL_TEXT = """
            ‣ Type=method_call  Endian=l  Flags=4  Version=1 Cookie=2
              Sender=:1.5  Destination=org.freedesktop.DBus  Path=/org/freedesktop/DBus  Interface=org.freedesktop.DBus  Member=GetNameOwner
              UniqueName=:1.5
              MESSAGE "s" {
                      STRING "org.freedesktop.DBus";
              };

            """;
    private static final String RETURN_TEXT = """
            ‣ Type=method_return  Endian=l  Flags=1  Version=1 Cookie=3  ReplyCookie=2
              Sender=org.freedesktop.DBus  Destination=:1.5
              MESSAGE "s" {
                      STRING "org.freedesktop.DBus";
              };

            """;

    private static byte[] concat(Message... messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Message m : messages) {
            out.writeBytes(MessageEncoder.encode(m));
        }
        return out.toByteArray();
    }

    @Test
    void printsEachMessageAsBusctlMonitorDoes() {
        CliRun r = CliRun.run(concat(CALL, RETURN), "decode");
        assertEquals(0, r.status(), r.err());
        assertEquals(CALL_TEXT + RETURN_TEXT, r.out());
        assertEquals("", r.err());
    }

    @Test
    void errorsShowTheirNameAndMessageAndBigEndianSignalsTheirMarker() {
        CliRun r = CliRun.run(concat(ERROR, BIG_SIGNAL), "decode");
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                ‣ Type=error  Endian=l  Flags=1  Version=1 Cookie=4  ReplyCookie=2
                  Sender=org.freedesktop.DBus  Destination=:1.5
                  ErrorName=org.freedesktop.DBus.Error.UnknownMethod  ErrorMessage="nope"
                  MESSAGE "s" {
                          STRING "nope";
                  };

                ‣ Type=signal  Endian=B  Flags=0  Version=1 Cookie=-1
                  Sender=:1.9  Path=/com/example  Interface=com.example.Iface  Member=Changed
                  UniqueName=:1.9
                  MESSAGE "ba{sv}" {
                          BOOLEAN true;
                          ARRAY "{sv}" {
                          };
                  };

                """, r.out());
    }

    @Test
    void jsonShortPrintsOneLinePerMessageWithEveryHeaderFieldPresent() {
        CliRun r = CliRun.run(concat(CALL, RETURN, ERROR, BIG_SIGNAL), "decode", "--json=short");
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                {"type":"method_call","endian":"l","flags":4,"version":1,"serial":2,"path":"/org/freedesktop/DBus","interface":"org.freedesktop.DBus","member":"GetNameOwner","destination":"org.freedesktop.DBus","sender":":1.5","signature":"s","payload":{"type":"s","data":["org.freedesktop.DBus"]}}
                {"type":"method_return","endian":"l","flags":1,"version":1,"serial":3,"reply_serial":2,"destination":":1.5","sender":"org.freedesktop.DBus","signature":"s","payload":{"type":"s","data":["org.freedesktop.DBus"]}}
                {"type":"error","endian":"l","flags":1,"version":1,"serial":4,"error_name":"org.freedesktop.DBus.Error.UnknownMethod","reply_serial":2,"destination":":1.5","sender":"org.freedesktop.DBus","signature":"s","payload":{"type":"s","data":["nope"]}}
                {"type":"signal","endian":"B","flags":0,"version":1,"serial":4294967295,"path":"/com/example","interface":"com.example.Iface","member":"Changed","sender":":1.9","signature":"ba{sv}","payload":{"type":"ba{sv}","data":[true,{}]}}
                """, r.out());
    }

    @Test
    void jsonPrettyIndentsWithTabs() {
        CliRun r = CliRun.run(concat(RETURN), "--json=pretty", "decode");
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                {
                \t"type" : "method_return",
                \t"endian" : "l",
                \t"flags" : 1,
                \t"version" : 1,
                \t"serial" : 3,
                \t"reply_serial" : 2,
                \t"destination" : ":1.5",
                \t"sender" : "org.freedesktop.DBus",
                \t"signature" : "s",
                \t"payload" : {
                \t\t"type" : "s",
                \t\t"data" : [
                \t\t\t"org.freedesktop.DBus"
                \t\t]
                \t}
                }
                """, r.out());
    }

    @Test
    void messagesWithFileDescriptorsCarryUnixFds() {
        Message withFd = Message.methodCall(null, "/x", null, "Take").serial(9).unixFds(1)
                .body("h", new io.jdbus.types.UnixFD(0)).build();
        CliRun r = CliRun.run(concat(withFd), "decode", "--json=short");
        assertEquals(0, r.status(), r.err());
        assertEquals("{\"type\":\"method_call\",\"endian\":\"" + (char) withFd.endian().marker()
                + "\",\"flags\":0,\"version\":1,\"serial\":9,\"path\":\"/x\",\"member\":\"Take\",\"signature\":\"h\",\"unix_fds\":1,"
                + "\"payload\":{\"type\":\"h\",\"data\":[null]}}\n", r.out());
    }

    @Test
    void malformedMessagePrintsTheOnesBeforeItThenOneLineAndExits65() {
        byte[] good = concat(CALL, RETURN);
        byte[] bad = new byte[32];
        Arrays.fill(bad, (byte) 'x');
        MalformedMessageException why = assertThrows(MalformedMessageException.class, () -> MessageDecoder.decode(bad));
        byte[] input = Arrays.copyOf(good, good.length + bad.length);
        System.arraycopy(bad, 0, input, good.length, bad.length);

        CliRun r = CliRun.run(input, "decode");

        assertEquals(65, r.status());
        assertEquals(CALL_TEXT + RETURN_TEXT, r.out());
        assertEquals("malformed message at byte offset " + good.length + ": " + why.reason()
                + " (at byte " + why.offset() + " of the message)\n", r.err());
    }

    @Test
    void inputEndingInsideAMessageIsMalformed() {
        byte[] call = concat(CALL);
        byte[] input = Arrays.copyOf(concat(CALL, RETURN), call.length + 10);

        CliRun r = CliRun.run(input, "decode", "--json=short");

        assertEquals(65, r.status());
        assertEquals(1, r.out().lines().count());
        assertEquals("malformed message at byte offset " + call.length
                + ": truncated: the input ends 10 bytes into a message\n", r.err());
    }

    @Test
    void emptyInputPrintsNothing() {
        CliRun r = CliRun.run(new byte[0], "decode");
        assertEquals(0, r.status());
        assertEquals("", r.out());
    }

    @Test
    void readsTheFileNamedAndDashMeansStandardInput(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("capture.bin");
        Files.write(file, concat(CALL, RETURN));
        CliRun fromFile = CliRun.run(new byte[0], "decode", file.toString());
        assertEquals(0, fromFile.status(), fromFile.err());
        assertEquals(CALL_TEXT + RETURN_TEXT, fromFile.out());
        CliRun fromDash = CliRun.run(concat(CALL, RETURN), "decode", "-");
        assertEquals(fromFile.out(), fromDash.out());
    }

    @Test
    void missingFileExits66(@TempDir Path dir) {
        Path missing = dir.resolve("missing.bin");
        CliRun r = CliRun.run("decode", missing.toString());
        assertEquals(66, r.status());
        assertEquals("jdbus decode: " + missing + ": no such file\n", r.err());
    }
}
