package io.jdbus.wire;

/**
 * The validated bytes of one container that a {@link WireList} or {@link WireMap} decodes when first used:
 * {@code buf[start, end)}, aligned relative to {@code base}, in {@code endian} order, in a message that carries
 * {@code unixFds} descriptors; containers inside it smaller than {@code smallContainer} bytes are read whole.
 * {@snippet :
 * WireSpan span = new WireSpan(body, 0, 16, 400, Endian.LITTLE, 0, WireReader.SMALL_CONTAINER);
 * Object[] items = span.reader().viewElements(Type.of("s"));
 * }
 */
record WireSpan(byte[] buf, int base, int start, int end, Endian endian, int unixFds, int smallContainer) {

    /** Whether the container has no bytes, and so no elements. */
    boolean isEmpty() {
        return start == end;
    }

    /** A reader of exactly these bytes. */
    WireReader reader() {
        return new WireReader(buf, base, start, end, endian, unixFds).smallContainer(smallContainer);
    }
}
