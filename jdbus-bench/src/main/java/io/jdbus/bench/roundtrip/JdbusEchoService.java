package io.jdbus.bench.roundtrip;

import io.jdbus.connection.DBusErrorException;
import io.jdbus.connection.MessageBus;
import io.jdbus.connection.RequestNameFlag;
import io.jdbus.connection.RequestNameReply;
import io.jdbus.connection.StandardError;
import io.jdbus.connection.Subscription;
import io.jdbus.message.Message;
import java.io.IOException;

/** The jdbus contender's service: answers {@code Echo(s) -> s} at the message level with {@link MessageBus#handleCalls}. */
final class JdbusEchoService {
    private JdbusEchoService() {
    }

    /** Answers Echo calls to {@code bus}: the reply carries the call's string back. */
    static Subscription serve(MessageBus bus) {
        return bus.handleCalls(JdbusEchoService::isEcho, call -> {
            if (!"s".equals(call.signature().toString())) {
                throw new DBusErrorException(StandardError.INVALID_ARGS,
                        "Echo takes one string, not (" + call.signature() + ")");
            }
            return Message.methodReturn(call).body("s", call.body().getFirst()).build();
        });
    }

    private static boolean isEcho(Message call) {
        return Echo.MEMBER.equals(call.member()) && Echo.INTERFACE.equals(call.interfaceName())
                && Echo.PATH.equals(call.path().value());
    }

    /** Connects to {@code address}, owns {@code name} and answers until the harness closes standard input. */
    static MessageBus connectAndServe(String address, String name) throws IOException {
        MessageBus bus = MessageBus.connect(address);
        serve(bus);
        RequestNameReply owned = bus.requestName(name, RequestNameFlag.DO_NOT_QUEUE);
        if (owned != RequestNameReply.PRIMARY_OWNER) {
            bus.close();
            throw new IOException("could not own " + name + ": " + owned);
        }
        return bus;
    }

    /** {@code ADDRESS NAME}: serves until standard input closes. */
    public static void main(String[] args) throws Exception {
        String[] a = ChildProcess.addressAndName(args);
        ChildProcess.serve(connectAndServe(a[0], a[1]));
    }
}
