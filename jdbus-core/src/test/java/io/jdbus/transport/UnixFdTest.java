package io.jdbus.transport;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.ClosedChannelException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Owned descriptors: opening, duplicating, reading and writing, closing once. */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)   // native reads ignore interrupts
class UnixFdTest {
    private static String read(ByteChannel ch) throws IOException {
        ByteBuffer in = ByteBuffer.allocate(256);
        ch.read(in);
        return new String(in.array(), 0, in.position(), US_ASCII);
    }

    @Test
    void whatIsWrittenToAPipesWriteEndIsReadFromItsReadEnd() throws Exception {
        try (UnixFd.Pipe pipe = UnixFd.pipe()) {
            pipe.writeEnd().channel().write(ByteBuffer.wrap("hello".getBytes(US_ASCII)));
            assertEquals("hello", read(pipe.readEnd().channel()));
            pipe.writeEnd().close();
            assertEquals(-1, pipe.readEnd().channel().read(ByteBuffer.allocate(1)), "end of stream once the writer closes");
        }
    }

    @Test
    void aDuplicateIsANewNumberForTheSameFileAndOutlivesTheOriginal(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("f");
        Files.writeString(file, "content");
        UnixFd dup;
        try (UnixFd fd = UnixFd.open(file)) {
            dup = fd.dup();
            assertNotEquals(fd.value(), dup.value());
        }
        try (dup) {
            assertEquals("content", read(dup.channel()));
        }
    }

    @Test
    void openCreatesAndWritesFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("new");
        try (UnixFd fd = UnixFd.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
            fd.channel().write(ByteBuffer.wrap("written".getBytes(US_ASCII)));
        }
        assertEquals("written", Files.readString(file));
        IOException exists = assertThrows(IOException.class,
                () -> UnixFd.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW));
        assertTrue(exists.getMessage().contains("EEXIST"), exists.getMessage());
    }

    @Test
    void closingIsIdempotentAndAClosedFdRefusesUse() throws Exception {
        UnixFd.Pipe pipe = UnixFd.pipe();
        pipe.close();
        pipe.close();
        assertFalse(pipe.readEnd().isOpen());
        assertThrows(IllegalStateException.class, () -> pipe.readEnd().value());
        assertThrows(ClosedChannelException.class, () -> pipe.readEnd().channel().read(ByteBuffer.allocate(1)));
        assertEquals("UnixFd[closed]", pipe.readEnd().toString());
    }

    @Test
    void releaseHandsTheNumberOverWithoutClosingIt() throws Exception {
        try (UnixFd.Pipe pipe = UnixFd.pipe()) {
            int raw = pipe.writeEnd().release();
            assertFalse(pipe.writeEnd().isOpen());
            try (UnixFd again = UnixFd.adopt(raw)) {
                again.channel().write(ByteBuffer.wrap("still open".getBytes(US_ASCII)));
            }
            assertEquals("still open", read(pipe.readEnd().channel()));
        }
    }

    @Test
    void aForgottenDescriptorIsClosedByTheCleaner() throws Exception {
        // watch the pipe's own two descriptors (number and target), not the process's count, which other
        // threads change at any time
        String[] watched = forgottenPipe();
        for (int i = 0; i < 100 && (stillOpen(watched[0]) || stillOpen(watched[1])); i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertFalse(stillOpen(watched[0]) || stillOpen(watched[1]), "the cleaner closed both ends");
    }

    /** Makes a pipe and drops it; returns "N=target" for each end. */
    private static String[] forgottenPipe() throws Exception {
        UnixFd.Pipe p = UnixFd.pipe();
        return new String[] {describe(p.readEnd().value()), describe(p.writeEnd().value())};
    }

    private static String describe(int fd) throws Exception {
        return fd + "=" + java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/" + fd));
    }

    private static boolean stillOpen(String watched) {
        String fd = watched.substring(0, watched.indexOf('='));
        try {
            return describe(Integer.parseInt(fd)).equals(watched);
        } catch (Exception gone) {
            return false;
        }
    }
}
