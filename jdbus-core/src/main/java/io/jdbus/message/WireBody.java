package io.jdbus.message;

/**
 * The bytes of a decoded message's body, in the message's byte order, as a range of an array that never changes
 * again: a copy the decoder made, or the frame a reader handed over with {@link MessageDecoder#decodeOwned}. The
 * encoder writes them back unchanged while the body and byte order are the ones they encode.
 * {@snippet :
 * WireBody kept = new WireBody(frame, bodyStart, bodyLength);
 * writer.writeBytes(kept.bytes(), kept.offset(), kept.length());
 * }
 *
 * @param bytes  the array holding the body
 * @param offset the index of the body's first byte
 * @param length the body's length in bytes
 */
record WireBody(byte[] bytes, int offset, int length) {
    WireBody {
        java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
    }
}
