package io.jdbus.cli.wait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.cli.CliRun;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.RequestNameReply;
import io.jdbus.message.Message;
import io.jdbus.testkit.BusAddress;
import io.jdbus.testkit.BusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code wait} on the embedded bus: it prints the arguments of the signal it waited for, as {@code call}
 * prints a reply, and gives up after {@code --timeout}. The installed busctl predates {@code wait}, so this
 * verb has no comparison test.
 */
@BusTest
@Timeout(30)
class WaitVerbTest {
    private static final String PATH = "/org/jdbus/test/Waited";
    private static final String INTERFACE = "org.jdbus.test.Waited";

    private final String address;

    WaitVerbTest(@BusAddress String address) {
        this.address = address;
    }

    /** One emission of the signals the test wants {@code wait} to see. */
    private interface Emission {
        void emit() throws IOException;
    }

    /**
     * Runs {@code jdbus wait ...} and emits until it returns: {@code wait} subscribes at some point after it
     * starts, and a signal sent before that is not for it.
     */
    private CliRun waitWhile(Emission emission, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--address=" + address));
        all.addAll(List.of(args));
        CompletableFuture<CliRun> waiting = CompletableFuture.supplyAsync(() -> CliRun.run(all.toArray(String[]::new)));
        for (int i = 0; i < 200 && !waiting.isDone(); i++) {
            emission.emit();
            Thread.sleep(50);
        }
        return waiting.get(10, TimeUnit.SECONDS);
    }

    private static Message changed(boolean value) {
        return Message.signal(PATH, INTERFACE, "Changed").body("b", value).build();
    }

    @Test
    void printsTheArgumentsOfTheSignal(MessageBus sender) throws Exception {
        assertEquals(new CliRun(0, "b true\n", ""),
                waitWhile(() -> sender.send(changed(true)), "wait", PATH, INTERFACE, "Changed"));
    }

    @Test
    void printsJsonWhenAsked(MessageBus sender) throws Exception {
        assertEquals(new CliRun(0, "{\"type\":\"b\",\"data\":[true]}\n", ""),
                waitWhile(() -> sender.send(changed(true)), "--json=short", "wait", PATH, INTERFACE, "Changed"));
    }

    @Test
    void limitMessagesWaitsForThatManySignals(MessageBus sender) throws Exception {
        CliRun r = waitWhile(() -> sender.send(changed(true)), "--limit-messages=3", "wait", PATH, INTERFACE, "Changed");
        assertEquals(new CliRun(0, "b true\nb true\nb true\n", ""), r);
    }

    @Test
    void aServiceOperandTakesOnlyThatSendersSignals(MessageBus service, MessageBus other) throws Exception {
        assertEquals(RequestNameReply.PRIMARY_OWNER, service.requestName("org.jdbus.test.Sender"));
        CliRun r = waitWhile(() -> {
            other.send(changed(false));
            service.send(changed(true));
        }, "--limit-messages=2", "wait", "org.jdbus.test.Sender", PATH, INTERFACE, "Changed");
        assertEquals(new CliRun(0, "b true\nb true\n", ""), r);
    }

    @Test
    void timesOutWithStatusOne() {
        CliRun r = CliRun.run("--address=" + address, "--timeout=0.3", "wait", PATH, INTERFACE, "Changed");
        assertEquals(new CliRun(1, "", "Timed out waiting for signal.\n"), r);
    }

    @Test
    void malformedOperandsAreUsageErrors() {
        CliRun badPath = CliRun.run("--address=" + address, "wait", "not-a-path", INTERFACE, "Changed");
        assertEquals(2, badPath.status());
        assertTrue(badPath.err().contains("not-a-path"), badPath.err());
        assertEquals(2, CliRun.run("--address=" + address, "wait", PATH, INTERFACE).status());
    }
}
