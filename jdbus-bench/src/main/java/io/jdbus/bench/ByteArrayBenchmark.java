package io.jdbus.bench;

import java.io.IOException;

import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.messages.MethodCall;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;

import io.jdbus.message.Message;

/**
 * (c) A method call whose body is one 1 MiB {@code ay}: bulk data (firmware, file contents, images).
 * Each invocation handles one message, counted as {@link Scenarios#BLOB_SIZE} operations, so the
 * score is <em>payload bytes per second</em>; messages per second = score / 1,048,576.
 *
 * <p>Besides {@link CodecBenchmark}'s benchmarks, two for dbus-java's handling of the array.
 * {@link #jdbusDecode} gives the body as a {@code byte[]}; dbus-java's {@link #dbusJavaDecode}
 * ({@code getParameters()}) gives a List of Byte, and {@link #dbusJavaDecodeTyped} the {@code byte[]}
 * a typed handler gets. dbus-java's encoder keeps a reference to the caller's array as one of the
 * message's segments, so {@link #dbusJavaEncode} copies nothing; {@link #dbusJavaEncodeFrame} copies
 * the segments into one frame, as {@link #jdbusEncode} produces. To run only the decoders:
 * {@snippet lang=sh :
 * java -jar jdbus-bench/target/benchmarks.jar 'ByteArray.*Decode'
 * }
 */
@OperationsPerInvocation(Scenarios.BLOB_SIZE)
public class ByteArrayBenchmark extends CodecBenchmark {

    @Override
    Message jdbusMessage(JdbusMessages jdbus) {
        return jdbus.blobCall(1);
    }

    @Override
    MethodCall dbusJavaMessage(DbusJavaMessages dbusJava) throws DBusException {
        return dbusJava.blobCall();
    }

    /** Like for like with {@link #jdbusEncode}: dbus-java's segments copied into one frame. */
    @Benchmark
    public byte[] dbusJavaEncodeFrame() throws DBusException {
        return DbusJavaWire.toBytes(dbusJava.blobCall());
    }

    /** As {@link #dbusJavaDecode}, for a handler declared with a {@code byte[]} parameter (gives a byte[]). */
    @Benchmark
    public Object[] dbusJavaDecodeTyped() throws DBusException, IOException {
        return frame.decode(byte[].class).getParameters();
    }
}
