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
 * (b) The reply to {@code GetManagedObjects}, {@code a{oa{sa{sv}}}}: 100 objects, each with 2
 * interfaces of 5 properties of mixed types (s, u, b, i, as; s, o, x, d, y), about 52 KB on the
 * wire: what a client reads once at start-up from BlueZ or NetworkManager. Score: messages per second.
 *
 * <p>Both decoders read the same frame (the one dbus-java encodes) and decode the whole body.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class ManagedObjectsBenchmark {

    private JdbusMessages jdbus;
    private DbusJavaMessages dbusJava;
    private Message built;
    private byte[] wire;
    private DbusJavaWire.Frame frame;

    @Setup
    public void setUp() throws DBusException {
        jdbus = new JdbusMessages();
        dbusJava = new DbusJavaMessages();
        built = jdbus.managedObjectsReply(1);
        wire = DbusJavaWire.toBytes(dbusJava.managedObjectsReply());
        frame = DbusJavaWire.Frame.split(wire);
    }

    /** Java values → message (header checks, body coercion) → bytes. */
    @Benchmark
    public byte[] jdbusEncode() {
        return MessageEncoder.encode(jdbus.managedObjectsReply(1));
    }

    /** Diagnostic: bytes of an already built message (what {@link #jdbusEncode} spends outside the builder). */
    @Benchmark
    public byte[] jdbusEncodeBuilt() {
        return MessageEncoder.encode(built);
    }

    /** Bytes → message with header fields and body values. */
    @Benchmark
    public List<Object> jdbusDecode() throws MalformedMessageException {
        return MessageDecoder.decode(wire).body();
    }

    /** Java values → marshalled message, as dbus-java's constructors do before a send. */
    @Benchmark
    public byte[][] dbusJavaEncode() throws DBusException {
        return dbusJava.managedObjectsReply().getWireData();
    }

    /** Bytes → message with header fields and body values ({@code getParameters()}). */
    @Benchmark
    public Object[] dbusJavaDecode() throws DBusException, IOException {
        return frame.decode().getParameters();
    }
}
