package io.jdbus.bench.roundtrip;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.CallbackHandler;

/**
 * The dbus-java contender's client, as its documentation shows: one at a time through the proxy's
 * blocking method, several in flight with {@code callWithCallback} and a window of permits.
 */
final class DbusJavaEchoClient implements EchoClient {
    private final DBusConnection connection;
    private final DbusJavaEchoInterface proxy;

    DbusJavaEchoClient(DBusConnection connection, String destination) throws Exception {
        this.connection = connection;
        this.proxy = connection.getRemoteObject(destination, Echo.PATH, DbusJavaEchoInterface.class);
    }

    @Override
    public void calls(int queue, int count) throws Exception {
        if (queue == 1) {
            for (int i = 0; i < count; i++) {
                Echo.check(proxy.Echo(Echo.PAYLOAD));
            }
            return;
        }
        Semaphore window = new Semaphore(queue);
        CountDownLatch answered = new CountDownLatch(count);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CallbackHandler<String> handler = new CallbackHandler<>() {
            @Override
            public void handle(String answer) {
                try {
                    Echo.check(answer);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    window.release();
                    answered.countDown();
                }
            }

            @Override
            public void handleError(DBusExecutionException e) {
                failure.compareAndSet(null, e);
                window.release();
                answered.countDown();
            }
        };
        for (int i = 0; i < count && failure.get() == null; i++) {
            window.acquire();
            connection.callWithCallback(proxy, Echo.MEMBER, handler, Echo.PAYLOAD);
        }
        if (failure.get() == null) {
            answered.await();
        }
        if (failure.get() != null) {
            throw new IOException("a call failed: " + failure.get(), failure.get());
        }
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }

    /** {@code ADDRESS NAME}: calls the service named NAME as the harness asks. */
    public static void main(String[] args) throws Exception {
        String[] a = ChildProcess.addressAndName(args);
        DBusConnection connection = DBusConnectionBuilder.forAddress(a[0]).withShared(false).build();
        ChildProcess.drive(new DbusJavaEchoClient(connection, a[1]));
    }
}
