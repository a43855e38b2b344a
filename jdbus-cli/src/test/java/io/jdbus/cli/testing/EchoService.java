package io.jdbus.cli.testing;

import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.Subscription;
import io.jdbus.message.Message;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A jdbus connection that owns {@code org.jdbus.Echo} and answers {@code org.jdbus.Echo.Echo} with its
 * arguments, {@code Fail} with the error {@code org.jdbus.Error.Test} ("test error: Fail"), and records
 * every call it gets.
 */
public final class EchoService implements AutoCloseable {
    public static final String NAME = "org.jdbus.Echo";
    public static final String PATH = "/org/jdbus/Echo";
    public static final String INTERFACE = "org.jdbus.Echo";

    private final MessageBus bus;
    private final boolean ownsBus;
    private final BlockingQueue<Message> calls = new LinkedBlockingQueue<>();
    private Subscription answering;

    private EchoService(MessageBus bus, boolean ownsBus) {
        this.bus = bus;
        this.ownsBus = ownsBus;
    }

    /** Connects to {@code address}, starts answering and takes the name; {@link #close()} closes the connection. */
    public static EchoService start(String address) throws IOException {
        MessageBus bus = MessageBus.connect(address);
        try {
            return new EchoService(bus, true).serve();
        } catch (IOException | RuntimeException e) {
            bus.close();
            throw e;
        }
    }

    /** Starts answering on {@code bus} and takes the name; {@link #close()} stops answering and leaves the bus open. */
    public static EchoService on(MessageBus bus) throws IOException {
        return new EchoService(bus, false).serve();
    }

    private EchoService serve() throws IOException {
        answering = bus.handleCalls(call -> INTERFACE.equals(call.interfaceName()), call -> {
            calls.add(call);
            if (call.member().equals("Echo")) {
                return call.signature().isEmpty() ? Message.methodReturn(call).build()
                        : Message.methodReturn(call).body(call.signature(), call.body()).build();
            }
            throw new DBusErrorException("org.jdbus.Error.Test", "test error: " + call.member(), null);
        });
        try {
            bus.requestName(NAME);
        } catch (IOException | RuntimeException e) {
            answering.close();
            throw e;
        }
        return this;
    }

    /** The calls received so far, oldest first. */
    public BlockingQueue<Message> calls() {
        return calls;
    }

    /** The service's unique name. */
    public String uniqueName() {
        return bus.uniqueName();
    }

    @Override
    public void close() {
        answering.close();
        if (ownsBus) {
            bus.close();
        }
    }
}
