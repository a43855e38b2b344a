package io.jdbus.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdbus.connection.MessageBus;
import io.jdbus.connection.RequestNameReply;
import io.jdbus.connection.Subscription;
import io.jdbus.match.MatchRule;
import io.jdbus.message.Message;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The example of docs/TESTING.md, as it is printed there: a service, a client and a signal on the test bus. */
@BusTest
@Timeout(30)
class EchoServiceExampleTest {
    private MessageBus service;
    private Subscription answering;

    @BeforeEach
    void startService(MessageBus service) throws Exception {
        this.service = service;
        answering = service.handleCalls(call -> "com.example.Echo".equals(call.interfaceName()), call -> {
            service.send(Message.signal("/com/example/Echo", "com.example.Echo", "Echoed").body("s", call.body().getFirst())
                    .build());
            return Message.methodReturn(call).body("s", call.body().getFirst()).build();
        });
        assertEquals(RequestNameReply.PRIMARY_OWNER, service.requestName("com.example.Echo"));
    }

    @AfterEach
    void stopService() {
        answering.close();   // left open, the leak check would fail the test
    }

    @Test
    void echoAnswersWithItsArgument(MessageBus client) throws Exception {
        Message reply = client.call(Message.methodCall("com.example.Echo", "/com/example/Echo", "com.example.Echo", "Echo")
                .body("s", "hello").build());
        assertEquals(List.of("hello"), reply.body());
        assertEquals(service.uniqueName(), reply.sender());
    }

    @Test
    void everyEchoIsAlsoASignal(MessageBus client, MessageBus listener) throws Exception {
        BlockingQueue<Message> echoed = new LinkedBlockingQueue<>();
        try (Subscription _ = listener.addMatch(
                MatchRule.parse("type='signal',sender='com.example.Echo',member='Echoed'"), echoed::add)) {
            client.call(Message.methodCall("com.example.Echo", "/com/example/Echo", "com.example.Echo", "Echo")
                    .body("s", "again").build());
            assertEquals(List.of("again"), echoed.poll(10, TimeUnit.SECONDS).body());
        }
    }
}
