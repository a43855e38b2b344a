package io.jdbus.daemon;

import io.jdbus.auth.AuthServer;
import io.jdbus.auth.AuthState;
import io.jdbus.auth.AuthenticatedPeer;
import io.jdbus.message.Message;
import io.jdbus.message.MessageStreamReader;
import io.jdbus.transport.NativeUnixTransport;
import io.jdbus.transport.PeerCredentials;
import io.jdbus.transport.Transport;
import io.jdbus.transport.UnixFd;
import io.jdbus.wire.MalformedMessageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One accepted connection's thread: authenticates the client within the auth timeout, then hands it to the
 * bus's {@link ReadLoop} (native unix sockets), or reads its messages itself (other transports) and hands
 * each to the bus, in order. Anything malformed ends the connection, never the bus.
 */
final class Session implements Runnable {
    private static final System.Logger LOG = System.getLogger(Session.class.getName());
    private static final int READ_BUFFER = 64 * 1024;

    private final BusDaemon daemon;
    private final Transport transport;
    private final Optional<PeerCredentials> credentials;
    private final long id;

    Session(BusDaemon daemon, Transport transport, Optional<PeerCredentials> credentials, long id) {
        this.daemon = daemon;
        this.transport = transport;
        this.credentials = credentials;
        this.id = id;
    }

    @Override
    public void run() {
        Client client = null;
        try {
            AuthServer auth = daemon.authServer(transport, credentials);
            ByteBuffer in = ByteBuffer.allocate(READ_BUFFER);
            boolean ok;
            try {
                ok = authenticate(auth, in);
            } finally {
                daemon.authenticationEnded();
            }
            if (!ok) {
                close();
                return;
            }
            boolean fds = auth.peer().map(AuthenticatedPeer::unixFdsAgreed).orElse(false);
            BusLimits limits = daemon.bus().settings.limits();
            Outbox outbox = new Outbox(transport, limits.maxOutgoingBytes(), limits.maxOutgoingUnixFds());
            client = new Client(id, transport, credentials, fds, outbox);
            in.flip();
            if (!daemon.bus().admit(client)) {
                LOG.log(System.Logger.Level.INFO, "refused {0}: too many connections", transport.description());
                refuse(in, limits);
                close();
                return;
            }
            ClientReader reader = new ClientReader(daemon.bus(), client, in);
            if (transport instanceof NativeUnixTransport t && daemon.readLoop() != null) {
                daemon.readLoop().add(reader, t);   // from now on the bus's read loop reads it
                return;
            }
            try {
                while (reader.route() && reader.read(true) >= 0) {
                    // each read's messages are routed at the top of the loop
                }
                reader.end("it disconnected");
            } catch (IOException | RuntimeException e) {
                reader.end(e.toString());
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "connection " + transport.description() + " ended", e);
            if (client != null) {
                daemon.bus().disconnected(client, e.getMessage());
            }
            close();
        }
    }

    private void close() {
        try {
            transport.close();
        } catch (IOException e) {
            // gone either way
        }
        transport.takeReceivedFds().forEach(UnixFd::close);
    }

    /** Runs the SASL conversation; true once the client sent BEGIN, with {@code in} holding what followed. */
    private boolean authenticate(AuthServer auth, ByteBuffer in) throws IOException {
        AtomicBoolean expired = new AtomicBoolean();
        long timeout = daemon.bus().settings.limits().authTimeout().toMillis();
        ScheduledFuture<?> watchdog = closeAfter(timeout, expired);
        try {
            while (auth.state() == AuthState.WAITING_FOR_INPUT) {
                if (!in.hasRemaining()) {
                    LOG.log(System.Logger.Level.DEBUG, "{0}: authentication line too long", transport.description());
                    return false;
                }
                int n = transport.read(in);
                if (n < 0) {
                    return false;
                }
                in.flip();
                byte[] reply = auth.receive(in);
                in.compact();
                if (reply.length > 0) {
                    transport.write(ByteBuffer.wrap(reply));
                }
            }
            transport.takeReceivedFds().forEach(UnixFd::close);   // none belong to a message yet
            return auth.state() == AuthState.AUTHENTICATED;
        } catch (IOException e) {
            if (expired.get()) {
                LOG.log(System.Logger.Level.DEBUG, "{0}: no authentication within {1} ms", transport.description(), timeout);
                return false;
            }
            throw e;
        } finally {
            watchdog.cancel(false);
        }
    }

    /** Closes the transport (ending a blocked read) after {@code millis}, setting {@code expired}; cancel to spare it. */
    private ScheduledFuture<?> closeAfter(long millis, AtomicBoolean expired) {
        return daemon.timers().schedule(() -> {
            expired.set(true);
            try {
                transport.close();
            } catch (IOException e) {
                // the blocked read ends either way
            }
        }, Math.max(millis, 1), TimeUnit.MILLISECONDS);
    }

    /**
     * Answers the first call of a client the bus has no room for (its Hello) with LimitsExceeded, as
     * dbus-daemon does, then lets the connection end. A client that sends no whole message within the
     * authentication timeout is dropped without an answer, so that refused clients cannot hold threads.
     */
    private void refuse(ByteBuffer leftover, BusLimits limits) throws IOException {
        MessageStreamReader stream = ClientReader.stream(limits);
        stream.feed(leftover.array(), leftover.position(), leftover.remaining());
        Message first;
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> watchdog = closeAfter(limits.authTimeout().toMillis(), expired);
        try {
            while ((first = stream.next()) == null) {
                int n = transport.read(stream.space(READ_BUFFER, READ_BUFFER));
                if (n < 0) {
                    return;
                }
                stream.filled(n);
            }
        } catch (MalformedMessageException e) {
            return;
        } catch (IOException e) {
            if (expired.get()) {
                LOG.log(System.Logger.Level.DEBUG, "{0}: refused, and no whole message within the timeout",
                        transport.description());
                return;
            }
            throw e;
        } finally {
            watchdog.cancel(false);
        }
        if (first.type() == io.jdbus.message.MessageType.METHOD_CALL && !first.has(io.jdbus.message.Flag.NO_REPLY_EXPECTED)) {
            Message error = Message.error(first, io.jdbus.connection.StandardError.LIMITS_EXCEEDED.errorName(),
                    "The maximum number of active connections has been reached").sender(Bus.DRIVER_NAME).serial(1).build();
            transport.write(ByteBuffer.wrap(io.jdbus.message.MessageEncoder.encode(error)));
        }
    }
}
