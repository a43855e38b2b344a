package io.jdbus.malformed;

import io.jdbus.wire.Endian;
import java.util.function.Consumer;

/**
 * A message assembled byte by byte, in either byte order, so that any part can be wrong: the fixed header's
 * bytes and lengths, each header field (code, variant signature, value), the padding and the body.
 *
 * <p>Lengths are computed from what was written unless a test sets them. Header fields are written in the order
 * given, each aligned to 8 with zero padding.
 * {@snippet :
 * byte[] bytes = RawMessage.methodCall(Endian.BIG)
 *         .signature("b")
 *         .body(w -> w.u32(2))    // a boolean that is neither 0 nor 1
 *         .bytes();
 * }
 */
final class RawMessage {
    static final int METHOD_CALL = 1;
    static final int METHOD_RETURN = 2;
    static final int ERROR = 3;
    static final int SIGNAL = 4;

    static final int PATH = 1;
    static final int INTERFACE = 2;
    static final int MEMBER = 3;
    static final int ERROR_NAME = 4;
    static final int REPLY_SERIAL = 5;
    static final int DESTINATION = 6;
    static final int SENDER = 7;
    static final int SIGNATURE = 8;
    static final int UNIX_FDS = 9;

    private final Endian endian;
    private final WireBytes fields;
    private final WireBytes body;
    private int marker;
    private int type;
    private int flags;
    private int version = 1;
    private long serial = 1;
    private Long bodyLength;
    private Long fieldsLength;
    private int headerPadding;

    private RawMessage(Endian endian, int type) {
        this.endian = endian;
        this.type = type;
        this.marker = endian.marker();
        this.fields = new WireBytes(endian);
        this.body = new WireBytes(endian);
    }

    /** A message of {@code type} without any header field. */
    static RawMessage of(Endian endian, int type) {
        return new RawMessage(endian, type);
    }

    /** A valid method call to {@code /org/example} member {@code Ping}, without a body yet. */
    static RawMessage methodCall(Endian endian) {
        return of(endian, METHOD_CALL).path("/org/example").member("Ping");
    }

    Endian endian() {
        return endian;
    }

    /** The number of bytes written to the header fields array so far, without its trailing padding. */
    int fieldsSize() {
        return fields.size();
    }

    RawMessage type(int type) {
        this.type = type;
        return this;
    }

    RawMessage marker(int marker) {
        this.marker = marker;
        return this;
    }

    RawMessage flags(int flags) {
        this.flags = flags;
        return this;
    }

    RawMessage version(int version) {
        this.version = version;
        return this;
    }

    RawMessage serial(long serial) {
        this.serial = serial;
        return this;
    }

    /** Announces {@code length} body bytes instead of the number written. */
    RawMessage bodyLength(long length) {
        this.bodyLength = length;
        return this;
    }

    /** Announces a header fields array of {@code length} bytes instead of the number written. */
    RawMessage fieldsLength(long length) {
        this.fieldsLength = length;
        return this;
    }

    /** Fills the padding between the header fields and the body with {@code value} instead of zeros. */
    RawMessage headerPadding(int value) {
        this.headerPadding = value;
        return this;
    }

    /** A header field: 8-byte alignment, the code, the variant's signature, then its value from {@code value}. */
    RawMessage field(int code, String signature, Consumer<WireBytes> value) {
        fields.pad(8);
        fields.y(code).sig(signature);
        value.accept(fields);
        return this;
    }

    /** Bytes appended to the header fields array as they are, with no alignment. */
    RawMessage rawField(int... bytes) {
        fields.raw(bytes);
        return this;
    }

    RawMessage path(String path) {
        return field(PATH, "o", w -> w.str(path));
    }

    RawMessage interfaceName(String name) {
        return field(INTERFACE, "s", w -> w.str(name));
    }

    RawMessage member(String name) {
        return field(MEMBER, "s", w -> w.str(name));
    }

    RawMessage errorName(String name) {
        return field(ERROR_NAME, "s", w -> w.str(name));
    }

    RawMessage replySerial(long serial) {
        return field(REPLY_SERIAL, "u", w -> w.u32(serial));
    }

    RawMessage destination(String name) {
        return field(DESTINATION, "s", w -> w.str(name));
    }

    RawMessage sender(String name) {
        return field(SENDER, "s", w -> w.str(name));
    }

    RawMessage signature(String signature) {
        return field(SIGNATURE, "g", w -> w.sig(signature));
    }

    RawMessage unixFds(long count) {
        return field(UNIX_FDS, "u", w -> w.u32(count));
    }

    /** Appends to the body; the writer's alignment matches the message's, since the body starts 8-aligned. */
    RawMessage body(Consumer<WireBytes> writer) {
        writer.accept(body);
        return this;
    }

    /** Sets the SIGNATURE field to {@code value}'s signature and writes it as the body. */
    RawMessage body(HandValue value) {
        signature(value.signature());
        value.write(body);
        return this;
    }

    /** The whole message. */
    byte[] bytes() {
        WireBytes w = new WireBytes(endian);
        w.raw(marker, type, flags, version);
        w.u32(bodyLength != null ? bodyLength : body.size());
        w.u32(serial);
        w.u32(fieldsLength != null ? fieldsLength : fields.size());
        w.raw(fields.toByteArray());
        w.padWith(8, headerPadding);
        w.raw(body.toByteArray());
        return w.toByteArray();
    }

    /** The first 16 bytes: all a reader has when it must decide whether the message can be accepted at all. */
    byte[] fixedHeader() {
        return java.util.Arrays.copyOf(bytes(), 16);
    }
}
