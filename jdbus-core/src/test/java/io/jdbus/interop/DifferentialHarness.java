package io.jdbus.interop;

import io.jdbus.message.Message;
import io.jdbus.message.MessageDecoder;
import io.jdbus.message.MessageEncoder;
import io.jdbus.types.Signature;
import io.jdbus.types.Type;
import io.jdbus.types.Values;
import io.jdbus.wire.Endian;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one body through three D-Bus codecs and decides, by majority, who is wrong.
 *
 * <p>Two messages are made from each case: GLib encodes one, jdbus the other. Each is read by GLib,
 * by jeepney and by jdbus, and each reading (header fields and body, in the JSON form of
 * {@link WireJson}) is compared with what the case meant. When the readers disagree, the meaning
 * two of them share is the message's: a reader that differs from it is wrong, and if that meaning is
 * not the case's, the encoder is. The body bytes of the two encodings are compared too, with jeepney's
 * encoding as the third vote. A fault of jdbus, or a disagreement no majority settles, is a failure;
 * a fault of GLib is a report, marked known when {@link GlibFaults} recognises the body.
 * Not thread-safe.
 */
final class DifferentialHarness {
    static final String DESTINATION = "org.jdbus.Peer";
    static final String PATH = "/org/jdbus/Test";
    static final String INTERFACE = "org.jdbus.Test";
    static final String MEMBER = "Echo";
    private static final HexFormat HEX = HexFormat.of();
    private static final List<String> HEADER_KEYS =
            List.of("endian", "type", "flags", "serial", "path", "interface", "member", "destination", "sig", "fds");

    /** One body to try, with what identifies it for a replay. */
    record Case(String name, List<Type> types, List<Object> values, Endian endian, int serial, int fds) {
        String signature() {
            return Signature.of(types).toString();
        }
    }

    private final PythonPeer peer;
    private final boolean jeepney;
    final List<String> jdbusFailures = new ArrayList<>();
    /** GLib faults that {@link GlibFaults} recognises: one line each. */
    final List<String> knownGlibFaults = new ArrayList<>();
    /** GLib faults not (yet) in {@link GlibFaults}, with the whole evidence. */
    final List<String> newGlibFaults = new ArrayList<>();
    final List<String> otherNotes = new ArrayList<>();
    int messages;
    int agreements;

    DifferentialHarness(PythonPeer peer, boolean jeepney) {
        this.peer = peer;
        this.jeepney = jeepney;
    }

    void run(Case c) {
        List<Object> bodyJson = WireJson.body(c.types(), c.values());
        String truth = Json.write(expected(c, bodyJson));
        byte[] glibBlob = glibEncode(c, bodyJson);
        if (glibBlob != null) {
            judge(c, truth, "GLib", glibBlob);
            checkDeepEquals(c, "GLib", glibBlob);
        }
        byte[] jdbusBlob = jdbusEncode(c);
        if (jdbusBlob != null) {
            judge(c, truth, "jdbus", jdbusBlob);
            checkDeepEquals(c, "jdbus", jdbusBlob);
        }
        if (glibBlob != null && jdbusBlob != null) {
            compareBodies(c, bodyJson, glibBlob, jdbusBlob);
        }
    }

    // ------------------------------------------------------------------ encoders

    private byte[] glibEncode(Case c, List<Object> bodyJson) {
        Map<String, Object> answer = peer.request(encodeRequest("encode", c, bodyJson));
        if (!ok(answer)) {
            newGlibFaults.add(describe(c) + "\n    GLib refused to encode: " + answer.get("error"));
            return null;
        }
        return HEX.parseHex((String) answer.get("hex"));
    }

    private byte[] jdbusEncode(Case c) {
        try {
            var builder = Message.methodCall(DESTINATION, PATH, INTERFACE, MEMBER)
                    .serial(c.serial())
                    .endian(c.endian());
            if (c.fds() > 0) {
                builder.unixFds(c.fds());
            }
            return MessageEncoder.encode(builder.body(Signature.of(c.types()), c.values()).build());
        } catch (RuntimeException e) {
            jdbusFailures.add(describe(c) + "\n    jdbus could not build or encode the message: " + e);
            return null;
        }
    }

    private static Map<String, Object> encodeRequest(String op, Case c, List<Object> bodyJson) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("op", op);
        request.put("sig", c.signature());
        request.put("body", bodyJson);
        request.put("endian", c.endian() == Endian.BIG ? "B" : "l");
        request.put("serial", BigInteger.valueOf(Integer.toUnsignedLong(c.serial())));
        request.put("fds", BigInteger.valueOf(c.fds()));
        return request;
    }

    // ------------------------------------------------------------------ readers and the vote

    private void judge(Case c, String truth, String encoder, byte[] blob) {
        messages++;
        String byJdbus = jdbusReading(blob);
        String byGlib = pythonReading("decode", blob);
        if (byJdbus.equals(truth) && byGlib.equals(truth)) {
            agreements++;
            List<String> known = GlibFaults.triggeredBy(c.types(), c.values());
            if (!known.isEmpty()) {
                otherNotes.add(c.name() + ", " + c.endian() + ": GLib read it right though GlibFaults predicts "
                        + known + ": the predicate is too broad");
            }
            return;
        }
        String byJeepney = jeepney ? pythonReading("jeepney_decode", blob) : null;
        Map<String, String> readings = new LinkedHashMap<>();
        readings.put("jdbus", byJdbus);
        readings.put("GLib", byGlib);
        if (byJeepney != null) {
            readings.put("jeepney", byJeepney);
        }
        String meaning = majority(readings.values());
        String detail = describe(c) + "\n    message encoded by " + encoder + ": " + HEX.formatHex(blob)
                + "\n    meant:   " + truth + readingLines(readings, truth);
        if (meaning == null) {
            List<String> known = GlibFaults.triggeredBy(c.types(), c.values());
            if (byJeepney == null && byJdbus.equals(truth) && !known.isEmpty()) {
                knownGlibFaults.add(c.name() + ", " + c.endian() + ", encoded by " + encoder + ": " + known
                        + " (no jeepney to confirm)");
            } else {
                jdbusFailures.add(detail + "\n    UNRESOLVED: no two readers agree");
            }
            return;
        }
        if (!meaning.equals(truth)) {
            String verdict = "\n    the readers' majority differs from what was meant: " + encoder + " encoded it wrong";
            if (encoder.equals("jdbus")) {
                jdbusFailures.add(detail + verdict + " (jdbus encoder)");
            } else {
                newGlibFaults.add(detail + verdict + " (GLib encoder)");
            }
        }
        for (Map.Entry<String, String> r : readings.entrySet()) {
            if (r.getValue().equals(meaning)) {
                continue;
            }
            String verdict = "\n    " + r.getKey() + " is the reader out of the majority";
            switch (r.getKey()) {
                case "jdbus" -> jdbusFailures.add(detail + verdict + " (jdbus decoder)");
                case "GLib" -> {
                    List<String> known = GlibFaults.triggeredBy(c.types(), c.values());
                    if (known.isEmpty()) {
                        newGlibFaults.add(detail + verdict + " (GLib decoder; add it to GlibFaults)");
                    } else {
                        knownGlibFaults.add(c.name() + ", " + c.endian() + ", encoded by " + encoder + ": " + known);
                    }
                }
                default -> otherNotes.add(detail + verdict + " (jeepney fault)");
            }
        }
    }

    private static String majority(java.util.Collection<String> readings) {
        for (String r : readings) {
            if (readings.stream().filter(r::equals).count() >= 2) {
                return r;
            }
        }
        return null;
    }

    private String jdbusReading(byte[] blob) {
        try {
            Message m = MessageDecoder.decode(blob);
            Map<String, Object> reading = new LinkedHashMap<>();
            reading.put("endian", m.endian() == Endian.BIG ? "B" : "l");
            reading.put("type", BigInteger.valueOf(m.type().code()));
            reading.put("flags", BigInteger.valueOf(m.flags()));
            reading.put("serial", BigInteger.valueOf(Integer.toUnsignedLong(m.serial())));
            reading.put("path", m.path() == null ? null : m.path().toString());
            reading.put("interface", m.interfaceName() == null ? null : m.interfaceName().toString());
            reading.put("member", m.member() == null ? null : m.member().toString());
            reading.put("destination", m.destination() == null ? null : m.destination().toString());
            Signature sig = m.signature() == null ? Signature.EMPTY : m.signature();
            reading.put("sig", sig.toString());
            reading.put("fds", BigInteger.valueOf(Integer.toUnsignedLong(m.unixFds())));
            reading.put("body", WireJson.body(sig.types(), m.body()));
            return Json.write(reading);
        } catch (Exception e) {
            return "error: " + e;
        }
    }

    private String pythonReading(String op, byte[] blob) {
        Map<String, Object> answer = peer.request(Map.of("op", op, "hex", HEX.formatHex(blob)));
        if (!ok(answer)) {
            return "error: " + answer.get("error");
        }
        Map<String, Object> reading = new LinkedHashMap<>();
        for (String key : HEADER_KEYS) {
            reading.put(key, answer.get(key));
        }
        reading.put("body", answer.get("body"));
        return Json.write(reading);
    }

    private static Map<String, Object> expected(Case c, List<Object> bodyJson) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("endian", c.endian() == Endian.BIG ? "B" : "l");
        m.put("type", BigInteger.ONE);
        m.put("flags", BigInteger.ZERO);
        m.put("serial", BigInteger.valueOf(Integer.toUnsignedLong(c.serial())));
        m.put("path", PATH);
        m.put("interface", INTERFACE);
        m.put("member", MEMBER);
        m.put("destination", DESTINATION);
        m.put("sig", c.signature());
        m.put("fds", BigInteger.valueOf(c.fds()));
        m.put("body", bodyJson);
        return m;
    }

    /** What jdbus decodes from a message must also be {@code Values.deepEquals} to the values generated. */
    private void checkDeepEquals(Case c, String encoder, byte[] blob) {
        try {
            List<Object> back = MessageDecoder.decode(blob).body();
            if (!Values.deepEquals(back, c.values())) {
                jdbusFailures.add(describe(c) + "\n    jdbus decoding what " + encoder
                        + " encoded: Values.deepEquals(decoded, generated) is false"
                        + "\n    decoded:   " + back + "\n    generated: " + c.values());
            }
        } catch (Exception e) {
            // judge() has already reported the decoder failing on this message
        }
    }

    // ------------------------------------------------------------------ body bytes

    private void compareBodies(Case c, List<Object> bodyJson, byte[] glibBlob, byte[] jdbusBlob) {
        byte[] byGlib = body(glibBlob);
        byte[] byJdbus = body(jdbusBlob);
        if (Arrays.equals(byGlib, byJdbus)) {
            return;
        }
        String detail = describe(c) + "\n    body bytes differ at offset " + Arrays.mismatch(byGlib, byJdbus)
                + "\n    GLib:    " + HEX.formatHex(byGlib) + "\n    jdbus:   " + HEX.formatHex(byJdbus);
        if (!jeepney) {
            jdbusFailures.add(detail + "\n    UNRESOLVED: no jeepney to break the tie");
            return;
        }
        Map<String, Object> answer = peer.request(encodeRequest("jeepney_encode_body", c, bodyJson));
        if (!ok(answer)) {
            jdbusFailures.add(detail + "\n    UNRESOLVED: jeepney could not encode: " + answer.get("error"));
            return;
        }
        byte[] byJeepney = HEX.parseHex((String) answer.get("hex"));
        detail += "\n    jeepney: " + HEX.formatHex(byJeepney);
        if (Arrays.equals(byJeepney, byGlib)) {
            jdbusFailures.add(detail + "\n    jdbus encodes the body differently from GLib and jeepney (jdbus encoder)");
        } else if (Arrays.equals(byJeepney, byJdbus)) {
            newGlibFaults.add(detail + "\n    GLib encodes the body differently from jdbus and jeepney");
        } else {
            jdbusFailures.add(detail + "\n    UNRESOLVED: three different encodings");
        }
    }

    /** The body of a whole message: after the header fields, padded to 8. */
    static byte[] body(byte[] blob) {
        ByteBuffer b = ByteBuffer.wrap(blob).order(blob[0] == 'B' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int bodyLength = b.getInt(4);
        int fieldsLength = b.getInt(12);
        int start = (16 + fieldsLength + 7) & ~7;
        return Arrays.copyOfRange(blob, start, Math.min(blob.length, start + bodyLength));
    }

    // ------------------------------------------------------------------ reporting

    private static boolean ok(Map<String, Object> answer) {
        return Boolean.TRUE.equals(answer.get("ok"));
    }

    private static String readingLines(Map<String, String> readings, String truth) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> r : readings.entrySet()) {
            sb.append("\n    ").append(String.format("%-8s %s", r.getKey() + ":",
                    r.getValue().equals(truth) ? "(as meant)" : r.getValue()));
        }
        return sb.toString();
    }

    static String describe(Case c) {
        String values = Json.write(WireJson.body(c.types(), c.values()));
        if (values.length() > 2000) {
            values = values.substring(0, 2000) + "...";
        }
        return c.name() + ", " + c.endian() + " endian, serial " + Integer.toUnsignedString(c.serial())
                + (c.fds() > 0 ? ", " + c.fds() + " fds" : "") + "\n    signature \"" + c.signature() + "\" = " + values;
    }
}
