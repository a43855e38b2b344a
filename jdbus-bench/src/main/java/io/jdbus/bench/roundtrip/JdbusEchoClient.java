package io.jdbus.bench.roundtrip;

import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The jdbus contender's client: one at a time with the blocking {@link MessageBus#call}, several in flight
 * with {@link MessageBus#callAsync} and a window of permits. Each call's message is built anew, as an
 * application would.
 */
final class JdbusEchoClient implements EchoClient {
    private final MessageBus bus;
    private final String destination;

    JdbusEchoClient(MessageBus bus, String destination) {
        this.bus = bus;
        this.destination = destination;
    }

    private Message echoCall() {
        return Message.methodCall(destination, Echo.PATH, Echo.INTERFACE, Echo.MEMBER).body("s", Echo.PAYLOAD).build();
    }

    @Override
    public void calls(int queue, int count) throws Exception {
        if (queue == 1) {
            for (int i = 0; i < count; i++) {
                Echo.check(bus.call(echoCall()).body().getFirst());
            }
            return;
        }
        Semaphore window = new Semaphore(queue);
        CountDownLatch answered = new CountDownLatch(count);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int i = 0; i < count && failure.get() == null; i++) {
            window.acquire();
            bus.callAsync(echoCall()).whenComplete((reply, error) -> {
                try {
                    if (error != null) {
                        failure.compareAndSet(null, error);
                    } else {
                        Echo.check(reply.body().getFirst());
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    window.release();
                    answered.countDown();
                }
            });
        }
        if (failure.get() == null) {
            answered.await();
        }
        if (failure.get() != null) {
            throw new IOException("a call failed: " + failure.get(), failure.get());
        }
    }

    @Override
    public void close() {
        bus.close();
    }

    /** {@code ADDRESS NAME}: calls the service named NAME as the harness asks. */
    public static void main(String[] args) throws Exception {
        String[] a = ChildProcess.addressAndName(args);
        ChildProcess.drive(new JdbusEchoClient(MessageBus.connect(a[0]), a[1]));
    }
}
