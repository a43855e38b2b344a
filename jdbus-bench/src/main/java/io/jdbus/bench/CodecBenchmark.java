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
 * The benchmarks every scenario has: its message encoded and decoded by jdbus and by dbus-java.
 * A subclass names the scenario's message for each library and adds what only that scenario measures;
 * JMH generates the benchmarks per subclass, so they are named {@code <Subclass>.jdbusEncode} and so on.
 *
 * <p>Each library's values are built once per thread in {@link #setUp}. Both decoders read the same
 * frame (the one dbus-java encodes) and decode the whole body.
 *
 * {@snippet :
 * public class PropertiesChangedBenchmark extends CodecBenchmark {
 *     Message jdbusMessage(JdbusMessages jdbus) {
 *         return jdbus.propertiesChanged(1);
 *     }
 *
 *     DBusSignal dbusJavaMessage(DbusJavaMessages dbusJava) throws DBusException {
 *         return dbusJava.propertiesChanged();
 *     }
 * }
 * }
 * One benchmark in every scenario, e.g. jdbus's decoder:
 * {@snippet lang=sh :
 * java -jar jdbus-bench/target/benchmarks.jar '\.jdbusDecode$'
 * }
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public abstract class CodecBenchmark {

    private JdbusMessages jdbus;
    private Message built;
    private byte[] wire;
    /** dbus-java's side of the scenarios, for a subclass's own benchmarks. */
    DbusJavaMessages dbusJava;
    /** The frame dbus-java encodes, cut as its reader cuts it, for a subclass's own benchmarks. */
    DbusJavaWire.Frame frame;

    /** The scenario's message as jdbus builds it (serial 1) from {@code jdbus}'s values. */
    abstract Message jdbusMessage(JdbusMessages jdbus);

    /** The scenario's message as dbus-java builds and marshals it from {@code dbusJava}'s values. */
    abstract org.freedesktop.dbus.messages.Message dbusJavaMessage(DbusJavaMessages dbusJava)
            throws DBusException;

    /** Builds both libraries' values, the message {@link #jdbusEncodeBuilt} encodes and the frame both decoders read. */
    @Setup
    public void setUp() throws DBusException {
        jdbus = new JdbusMessages();
        dbusJava = new DbusJavaMessages();
        built = jdbusMessage(jdbus);
        wire = DbusJavaWire.toBytes(dbusJavaMessage(dbusJava));
        frame = DbusJavaWire.Frame.split(wire);
    }

    /** Java values → message (header checks, body coercion) → bytes. */
    @Benchmark
    public byte[] jdbusEncode() {
        return MessageEncoder.encode(jdbusMessage(jdbus));
    }

    /** Diagnostic: bytes of an already built message (what {@link #jdbusEncode} spends outside the builder). */
    @Benchmark
    public byte[] jdbusEncodeBuilt() {
        return MessageEncoder.encode(built);
    }

    /** Bytes → message with header fields and body values, from an array the caller keeps (a large body is copied). */
    @Benchmark
    public List<Object> jdbusDecode() throws MalformedMessageException {
        return MessageDecoder.decode(wire).body();
    }

    /**
     * Bytes handed over → message: what the connection's reader does with a large message, which it reads into an
     * array of its own ({@link MessageDecoder#decodeOwned}): the body's bytes are not copied. This is the same work
     * as {@link #dbusJavaDecode}, whose reader also reads each message into arrays the message keeps.
     */
    @Benchmark
    public List<Object> jdbusDecodeOwned() throws MalformedMessageException {
        return MessageDecoder.decodeOwned(wire).body();
    }

    /**
     * Bytes → message, then every value of the body visited ({@link ValueWalk}): jdbus decodes arrays and dicts of
     * containers when they are first used, so this is the cost of a reader that uses everything.
     */
    @Benchmark
    public long jdbusDecodeAndRead() throws MalformedMessageException {
        return ValueWalk.walk(MessageDecoder.decode(wire).body());
    }

    /** Bytes → message with header fields and body values, then every value visited as in {@link #jdbusDecodeAndRead}. */
    @Benchmark
    public long dbusJavaDecodeAndRead() throws DBusException, IOException {
        return ValueWalk.walk(frame.decode().getParameters());
    }

    /** Java values → marshalled message, as dbus-java's constructors do before a send. */
    @Benchmark
    public byte[][] dbusJavaEncode() throws DBusException {
        return dbusJavaMessage(dbusJava).getWireData();
    }

    /** Bytes → message with header fields and body values ({@code getParameters()}). */
    @Benchmark
    public Object[] dbusJavaDecode() throws DBusException, IOException {
        return frame.decode().getParameters();
    }
}
