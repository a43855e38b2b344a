package io.jdbus.transport;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdbus.connection.MessageBus;
import io.jdbus.message.Message;
import io.jdbus.testing.PrivateBus;
import io.jdbus.types.UnixFD;
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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Unix fds between jdbus and GLib's GDBus (python3-gi, {@code Gio.UnixFDList}) through dbus-daemon, several
 * per message, both ways.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)   // native reads ignore interrupts
class GlibFdInteropTest {
    private static final String NAME = "com.example.gfds";
    private static final String PATH = "/com/example/gfds";
    private static final String IFACE = "com.example.GFds";

    private static String readAll(UnixFd fd) throws IOException {
        ByteBuffer in = ByteBuffer.allocate(256);
        var ch = fd.channel();
        while (in.hasRemaining() && ch.read(in) > 0) {
            // until the write end is closed
        }
        return new String(in.array(), 0, in.position(), US_ASCII);
    }

    @Test
    void aGdbusServiceReadsSeveralOfOurDescriptorsAndSendsUsSeveralOfItsOwn() throws Exception {
        try (PrivateBus daemon = PrivateBus.start();
                GlibFdService service = GlibFdService.start(daemon.address());
                MessageBus bus = MessageBus.builder().address(daemon.address()).negotiateUnixFds(true).build()) {
            List<UnixFd.Pipe> pipes = new ArrayList<>();
            try {
                List<UnixFD> indices = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    UnixFd.Pipe pipe = UnixFd.pipe();
                    pipes.add(pipe);
                    pipe.writeEnd().channel().write(ByteBuffer.wrap(("to GLib " + i).getBytes(US_ASCII)));
                    pipe.writeEnd().close();
                    indices.add(new UnixFD(i));
                }
                Message read = bus.call(Message.methodCall(NAME, PATH, IFACE, "ReadFds").body("ah", indices).build()
                        .withFds(pipes.stream().map(UnixFd.Pipe::readEnd).toList()));
                assertEquals(List.of(List.of("to GLib 0", "to GLib 1", "to GLib 2")), read.body(), service.stderr());
            } finally {
                pipes.forEach(UnixFd.Pipe::close);
            }

            List<String> texts = List.of("from GLib 0", "from GLib 1", "from GLib 2");
            Message made = bus.call(Message.methodCall(NAME, PATH, IFACE, "MakePipes").body("as", texts).build());
            assertEquals(3, made.unixFds(), service.stderr());
            List<?> received = (List<?>) made.body().getFirst();
            for (int i = 0; i < 3; i++) {
                try (UnixFd fd = UnixFd.in(made, (UnixFD) received.get(i))) {
                    assertEquals(texts.get(i), readAll(fd));
                }
            }
        }
    }

    /** glib_fd_service.py under Debian's python3; skipped (failed under CI) when python3-gi is missing. */
    private record GlibFdService(Process process, Path script, Path err) implements AutoCloseable {
        static GlibFdService start(String address) throws IOException, InterruptedException {
            Path python = Path.of("/usr/bin/python3");
            boolean present = Files.isExecutable(python) && new ProcessBuilder(python.toString(), "-c",
                    "from gi.repository import Gio").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
            if (!present) {
                String why = "python3-gi is not installed (Debian packages python3-gi, gir1.2-glib-2.0)";
                Assertions.assertNull(System.getenv("CI"), why);
                Assumptions.abort(why);
            }
            Path script = Files.createTempFile("jdbus-glib-fd-service", ".py");
            try (InputStream in = GlibFdInteropTest.class.getResourceAsStream("glib_fd_service.py")) {
                Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            }
            Path err = Files.createTempFile("jdbus-glib-fd-service", ".stderr");
            Process p = new ProcessBuilder(python.toString(), "-u", script.toString(), address)
                    .redirectError(err.toFile()).start();
            String line = new BufferedReader(new InputStreamReader(p.getInputStream(), US_ASCII)).readLine();
            if (!"ready".equals(line)) {
                p.destroyForcibly();
                throw new IOException("the GLib fd service did not start (" + line + "): " + Files.readString(err));
            }
            return new GlibFdService(p, script, err);
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
