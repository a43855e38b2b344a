package io.jdbus.nativeaccess;

import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import io.jdbus.transport.NativeUnixTransport;
import io.jdbus.transport.UnixFd;
import io.jdbus.types.UnixFD;
import java.io.IOException;
import java.util.List;

/**
 * What a program sees of fd passing and abstract sockets under the JVM's native-access settings; run in a
 * JVM of its own by {@link NativeAccessTest}, one line per finding on standard output.
 * {@snippet :
 * // java -cp classes:test-classes io.jdbus.nativeaccess.NativeAccessProbe unix:path=/run/bus unix:abstract=/tmp/b
 * }
 */
public final class NativeAccessProbe {
    private NativeAccessProbe() {
    }

    /** {@code args[0]}: a bus on a path; {@code args[1]}: the same kind of bus on an abstract socket. */
    public static void main(String[] args) throws IOException {
        System.out.println("available=" + NativeUnixTransport.isAvailable());
        try (MessageBus bus = MessageBus.builder().address(args[0]).negotiateUnixFds(true).build()) {
            System.out.println("agreed=" + bus.unixFdsAgreed());
            Message ping = Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.Peer", "Ping").build();
            System.out.println("ping=" + bus.call(ping).type());
            UnixFd.Pipe pipe;
            try {
                pipe = UnixFd.pipe();
            } catch (IOException e) {
                System.out.println("pipe=" + oneLine(e));
                return;
            }
            try (pipe) {
                bus.send(Message.signal("/a", "com.example.Fds", "Pipe").body("h", new UnixFD(0)).build()
                        .withFds(List.of(pipe.readEnd())));
                System.out.println("sendFds=sent");
            } catch (IOException e) {
                System.out.println("sendFds=" + oneLine(e));
            }
        } finally {
            abstractBus(args[1]);
        }
    }

    private static void abstractBus(String address) {
        try (MessageBus bus = MessageBus.connect(address)) {
            System.out.println("abstract=" + bus.uniqueName());
        } catch (IOException e) {
            System.out.println("abstract=" + oneLine(e));
        }
    }

    private static String oneLine(Throwable e) {
        return e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replace('\n', ' ');
    }
}
