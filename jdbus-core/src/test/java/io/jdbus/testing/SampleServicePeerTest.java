package io.jdbus.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import io.jdbus.message.MessageType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fixture serves the sample service: owns its name and answers Frobate as the design says. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SampleServicePeerTest {
    @Test
    void frobateAnswersAsTheDesignSays() throws Exception {
        try (PrivateBus bus = PrivateBus.start();
                SampleServicePeer service = SampleServicePeer.start(bus.address());
                MessageBus client = MessageBus.connect(bus.address())) {
            Message reply = client.call(Message.methodCall(SampleServicePeer.NAME, SampleServicePeer.ROOT,
                    SampleServicePeer.INTERFACE, "Frobate").body("i", 7).build());
            assertEquals(MessageType.METHOD_RETURN, reply.type());
            assertEquals(List.of("7", Map.of(7, "hello")), reply.body());
            assertTrue(service.stderrText().isEmpty(), service.stderrText());
        }
    }
}
