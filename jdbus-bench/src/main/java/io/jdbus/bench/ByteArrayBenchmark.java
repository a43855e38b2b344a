package io.jdbus.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.freedesktop.dbus.exceptions.DBusException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.jdbus.message.Message;
import io.jdbus.message.MessageDecoder;
import io.jdbus.message.MessageEncoder;
import io.jdbus.wire.MalformedMessageException;

/**
 * (c) A method call whose body is one 1 MiB {@code ay}: bulk data (firmware, file contents, images).
 * Each invocation handles one message, counted as {@link Scenarios#BLOB_SIZE} operations, so the
 * score is <em>payload bytes per second</em>; messages per second = score / 1,048,576.
 *
 * <p>Both decoders read the same frame (the one dbus-java encodes) and decode the whole body.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class ByteArrayBenchmark {

    private JdbusMessages jdbus;
    private DbusJavaMessages dbusJava;
    private Message built;
    private byte[] wire;
    private DbusJavaWire.Frame frame;

    @Setup
    public void setUp() throws DBusException {
        jdbus = new JdbusMessages();
        dbusJava = new DbusJavaMessages();
        built = jdbus.blobCall(1);
        wire = DbusJavaWire.toBytes(dbusJava.blobCall());
        frame = DbusJavaWire.Frame.split(wire);
    }

    /** Java values → message (header checks, body coercion) → bytes. */
    @Benchmark
    @OperationsPerInvocation(Scenarios.BLOB_SIZE)
    public byte[] jdbusEncode() {
        return MessageEncoder.encode(jdbus.blobCall(1));
    }

    /** Diagnostic: bytes of an already built message (what {@link #jdbusEncode} spends outside the builder). */
    @Benchmark
    @OperationsPerInvocation(Scenarios.BLOB_SIZE)
    public byte[] jdbusEncodeBuilt() {
        return MessageEncoder.encode(built);
    }

    /** Bytes → message with header fields and the body as a {@code byte[]}. */
    @Benchmark
    @OperationsPerInvocation(Scenarios.BLOB_SIZE)
    public List<Object> jdbusDecode() throws MalformedMessageException {
        return MessageDecoder.decode(wire).body();
    }

    /**
     * Java values → marshalled message, as dbus-java's constructors do before a send. dbus-java keeps a
     * reference to the caller's array as one of the message's segments: nothing is copied.
     */
    @Benchmark
    @OperationsPerInvocation(Scenarios.BLOB_SIZE)
    public byte[][] dbusJavaEncode() throws DBusException {
        return dbusJava.blobCall().getWireData();
    }

    /** Like for like with {@link #jdbusEncode}: dbus-java's segments copied into one frame. */
    @Benchmark
    @OperationsPerInvocation(Scenarios.BLOB_SIZE)
    public byte[] dbusJavaEncodeFrame() throws DBusException {
        return DbusJavaWire.toBytes(dbusJava.blobCall());
    }

    /** Bytes → message with header fields and body values: {@code getParameters()} gives a List of Byte. */
    @Benchmark
    @OperationsPerInvocation(Scenarios.BLOB_SIZE)
    public Object[] dbusJavaDecode() throws DBusException, IOException {
        return frame.decode().getParameters();
    }

    /** As {@link #dbusJavaDecode}, for a handler declared with a {@code byte[]} parameter (gives a byte[]). */
    @Benchmark
    @OperationsPerInvocation(Scenarios.BLOB_SIZE)
    public Object[] dbusJavaDecodeTyped() throws DBusException, IOException {
        return frame.decode(byte[].class).getParameters();
    }
}
