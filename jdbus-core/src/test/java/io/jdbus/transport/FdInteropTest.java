package io.jdbus.transport;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import io.jdbus.message.MessageType;
import io.jdbus.testing.PrivateBus;
import io.jdbus.types.Struct;
import io.jdbus.types.UnixFD;
import io.jdbus.types.Variant;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Descriptors inside containers, on an abstract-socket bus, and to and from a python-dbus-next peer.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)   // native reads ignore interrupts
class FdInteropTest {
    private static String readAll(UnixFd fd) throws IOException {
        ByteBuffer in = ByteBuffer.allocate(256);
        var ch = fd.channel();
        while (in.hasRemaining() && ch.read(in) > 0) {
            // until every write end is closed
        }
        return new String(in.array(), 0, in.position(), US_ASCII);
    }

    @Test
    void descriptorsInsideArraysStructsDictsAndVariantsArriveInTheirPlaces() throws Exception {
        try (PrivateBus daemon = PrivateBus.start();
                MessageBus a = MessageBus.builder().address(daemon.address()).negotiateUnixFds(true).build();
                MessageBus b = MessageBus.builder().address(daemon.address()).negotiateUnixFds(true).build()) {
            BlockingQueue<Message> got = new LinkedBlockingQueue<>();
            b.addHandler(m -> "Many".equals(m.member()), got::add);
            List<UnixFd.Pipe> pipes = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                pipes.add(UnixFd.pipe());
            }
            try {
                Message m = Message.signal("/com/example/fds", "com.example.Fds", "Many").destination(b.uniqueName())
                        .body("ah(sh)a{sh}v", List.of(new UnixFD(0), new UnixFD(1)), Struct.of("s", new UnixFD(2)),
                                Map.of("k", new UnixFD(3)), Variant.of("h", new UnixFD(4)))
                        .build().withFds(pipes.stream().map(UnixFd.Pipe::writeEnd).toList());
                a.send(m);
                for (UnixFd.Pipe p : pipes) {
                    p.writeEnd().close();
                }
                Message r = got.poll(10, TimeUnit.SECONDS);
                assertEquals(5, r.unixFds());
                List<UnixFD> indices = new ArrayList<>();
                indices.addAll(castList(r.body().get(0)));
                indices.add((UnixFD) ((Struct) r.body().get(1)).get(1));
                indices.add((UnixFD) ((Map<?, ?>) r.body().get(2)).get("k"));
                indices.add((UnixFD) ((Variant) r.body().get(3)).value());
                for (int i = 0; i < 5; i++) {
                    try (UnixFd fd = UnixFd.in(r, indices.get(i))) {
                        fd.channel().write(ByteBuffer.wrap(("fd " + i).getBytes(US_ASCII)));
                    }
                }
                for (int i = 0; i < 5; i++) {
                    assertEquals("fd " + i, readAll(pipes.get(i).readEnd()), "descriptor " + i + " reached its place");
                }
            } finally {
                pipes.forEach(UnixFd.Pipe::close);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<UnixFD> castList(Object o) {
        return (List<UnixFD>) o;
    }

    @Test
    void aBusOnAnAbstractSocketIsReachedThroughTheNativeTransport() throws Exception {
        String name = "jdbus-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        try (PrivateBus daemon = PrivateBus.startListening("unix:abstract=" + name);
                MessageBus bus = MessageBus.connect(daemon.address())) {
            assertTrue(daemon.address().startsWith("unix:abstract=" + name), daemon.address());
            Message reply = bus.call(Message.methodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                    "org.freedesktop.DBus", "GetId").build());
            assertEquals(MessageType.METHOD_RETURN, reply.type());
        }
    }

    @Test
    void aPythonDbusNextPeerReadsOurDescriptorAndSendsUsItsOwn() throws Exception {
        try (PrivateBus daemon = PrivateBus.start();
                PythonFdService service = PythonFdService.start(daemon.address());
                MessageBus bus = MessageBus.builder().address(daemon.address()).negotiateUnixFds(true).build();
                UnixFd.Pipe pipe = UnixFd.pipe()) {
            pipe.writeEnd().channel().write(ByteBuffer.wrap("written by jdbus".getBytes(US_ASCII)));
            pipe.writeEnd().close();
            Message read = bus.call(Message.methodCall("com.example.fds", "/com/example/fds", "com.example.Fds", "ReadFd")
                    .body("h", new UnixFD(0)).build().withFds(List.of(pipe.readEnd())));
            assertEquals(List.of("written by jdbus"), read.body(), service.stderr());

            Message made = bus.call(Message.methodCall("com.example.fds", "/com/example/fds", "com.example.Fds", "MakePipe")
                    .body("s", "written by python-dbus-next").build());
            assertEquals(1, made.unixFds(), service.stderr());
            try (UnixFd fd = UnixFd.in(made, (UnixFD) made.body().getFirst())) {
                assertEquals("written by python-dbus-next", readAll(fd));
            }
        }
    }

    /** fd_service.py under Debian's python3; skipped (failed under CI) when python3-dbus-next is missing. */
    private record PythonFdService(Process process, Path script, Path err) implements AutoCloseable {
        static PythonFdService start(String address) throws IOException, InterruptedException {
            Path python = Path.of("/usr/bin/python3");
            boolean present = Files.isExecutable(python) && new ProcessBuilder(python.toString(), "-c", "import dbus_next")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
            if (!present) {
                String why = "python3-dbus-next is not installed (Debian package python3-dbus-next)";
                Assertions.assertNull(System.getenv("CI"), why);
                Assumptions.abort(why);
            }
            Path script = Files.createTempFile("jdbus-fd-service", ".py");
            try (InputStream in = FdInteropTest.class.getResourceAsStream("fd_service.py")) {
                Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            }
            Path err = Files.createTempFile("jdbus-fd-service", ".stderr");
            Process p = new ProcessBuilder(python.toString(), "-u", script.toString(), address)
                    .redirectError(err.toFile()).start();
            String line = new BufferedReader(new InputStreamReader(p.getInputStream(), US_ASCII)).readLine();
            if (!"ready".equals(line)) {
                p.destroyForcibly();
                throw new IOException("the python fd service did not start: " + Files.readString(err));
            }
            return new PythonFdService(p, script, err);
        }

        String stderr() throws IOException {
            return Files.readString(err);
        }

        @Override
        public void close() throws IOException {
            process.getOutputStream().close();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            Files.deleteIfExists(script);
            Files.deleteIfExists(err);
        }
    }
}
