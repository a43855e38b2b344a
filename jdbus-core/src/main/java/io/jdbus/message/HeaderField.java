package io.jdbus.message;

import io.jdbus.types.BasicType;

/**
 * The header fields the specification defines, with their codes and the type each must have.
 *
 * {@snippet :
 * HeaderField f = HeaderField.forCode(8);   // SIGNATURE, type g
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-header-fields">Header fields</a>
 */
public enum HeaderField {
    /** The object path of a call or signal. */
    PATH(1, BasicType.OBJECT_PATH),
    /** The interface of a call or signal. */
    INTERFACE(2, BasicType.STRING),
    /** The method or signal name. */
    MEMBER(3, BasicType.STRING),
    /** The name of an error reply. */
    ERROR_NAME(4, BasicType.STRING),
    /** The serial of the message a reply answers. */
    REPLY_SERIAL(5, BasicType.UINT32),
    /** The connection the message is for. */
    DESTINATION(6, BasicType.STRING),
    /** The unique name of the sending connection (set by the bus). */
    SENDER(7, BasicType.STRING),
    /** The signature of the body. */
    SIGNATURE(8, BasicType.SIGNATURE),
    /** The number of unix file descriptors that accompany the message. */
    UNIX_FDS(9, BasicType.UINT32);

    private static final HeaderField[] BY_CODE = new HeaderField[10];

    static {
        for (HeaderField f : values()) {
            BY_CODE[f.code] = f;
        }
    }

    private final int code;
    private final BasicType type;

    HeaderField(int code, BasicType type) {
        this.code = code;
        this.type = type;
    }

    /** The field code on the wire. */
    public int code() {
        return code;
    }

    /** The type the field's variant must hold. */
    public BasicType type() {
        return type;
    }

    /** The field of {@code code}, or {@code null} for codes the specification does not define. */
    public static HeaderField forCode(int code) {
        return code > 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
