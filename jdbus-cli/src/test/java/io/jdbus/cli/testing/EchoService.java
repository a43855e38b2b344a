package io.jdbus.cli.testing;

import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
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
    private final BlockingQueue<Message> calls = new LinkedBlockingQueue<>();

    private EchoService(MessageBus bus) {
        this.bus = bus;
    }

    /** Connects to {@code address}, starts answering and takes the name. */
    public static EchoService start(String address) throws IOException {
        EchoService echo = new EchoService(MessageBus.connect(address));
        echo.bus.handleCalls(call -> INTERFACE.equals(call.interfaceName()), call -> {
            echo.calls.add(call);
            if (call.member().equals("Echo")) {
                return call.signature().isEmpty() ? Message.methodReturn(call).build()
                        : Message.methodReturn(call).body(call.signature(), call.body()).build();
            }
            throw new DBusErrorException("org.jdbus.Error.Test", "test error: " + call.member(), null);
        });
        echo.bus.requestName(NAME);
        return echo;
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
        bus.close();
    }
}
