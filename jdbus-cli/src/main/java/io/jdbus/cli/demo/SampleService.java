package io.jdbus.cli.demo;

import io.jdbus.binding.DBusInterface;
import io.jdbus.binding.DBusMethod;
import io.jdbus.binding.DBusProperty;
import io.jdbus.binding.DBusSignal;
import io.jdbus.binding.DBusSignature;
import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.StandardError;
import io.jdbus.service.ExportedObject;
import io.jdbus.types.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The design's sample service in Java: {@code com.example.SampleInterface0} with Frobate, Bazify, Mogrify,
 * the Changed signal and the read-write property Bar, exported by {@code jdbus demo}.
 * {@snippet :
 * SampleService s = new SampleService();
 * s.attach(ObjectServer.export(bus, "/com/example/sample_object0", s));
 * }
 */
@DBusInterface("com.example.SampleInterface0")
public final class SampleService {
    /** Frobate's two out arguments. */
    public record Frobated(String bar, Map<Integer, String> baz) {
    }

    /** Bazify's struct argument {@code (iiu)}. */
    public record Triple(int a, int b, long c) {
    }

    /** Mogrify's struct argument {@code (iiav)}. */
    public record Mogrification(int a, int b, List<Variant> items) {
    }

    private int bar;
    private volatile ExportedObject exported;

    /** Tells the service where it is exported, so that it can emit its signals. */
    public void attach(ExportedObject exported) {
        this.exported = exported;
    }

    /** {@code foo < 0} is InvalidArgs; else {@code foo} in decimal and {@code {foo: "hello"}}. */
    @DBusMethod
    @DBusSignature("sa{us}")
    public Frobated frobate(int foo) {
        if (foo < 0) {
            throw new DBusErrorException(StandardError.INVALID_ARGS, "foo must not be negative, was " + foo);
        }
        return new Frobated(Integer.toString(foo), Map.of(foo, "hello"));
    }

    /** The three numbers in decimal, comma-separated, as a string variant. */
    @DBusMethod
    public Variant bazify(@DBusSignature("(iiu)") Triple bar) {
        return Variant.of("s", bar.a() + "," + bar.b() + "," + bar.c());
    }

    /** Writes Bar with the number of variants, modulo 256. */
    @DBusMethod
    public void mogrify(Mogrification bar) {
        setBar(bar.items().size() % 256);
    }

    /** Emitted after every write of Bar: whether the value changed. */
    @DBusSignal
    public void changed(boolean newValue) {
        // the declaration of the signal; emitted through the exported object
    }

    /** The property Bar, a {@code y}. */
    @DBusProperty
    @DBusSignature("y")
    public synchronized int getBar() {
        return bar;
    }

    /** Writes Bar; emits Changed, and PropertiesChanged when the value changed. */
    @DBusProperty
    @DBusSignature("y")
    public void setBar(int value) {
        boolean changed;
        synchronized (this) {
            changed = value != bar;
            bar = value;
        }
        ExportedObject e = exported;
        if (e == null) {
            return;
        }
        try {
            e.emit("Changed", changed);
            if (changed) {
                e.propertiesChanged("Bar");
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
