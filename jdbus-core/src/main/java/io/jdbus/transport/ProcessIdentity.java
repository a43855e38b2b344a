package io.jdbus.transport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Who this process runs as, without native code: the owner of {@code /proc/self} on Linux.
 *
 * {@snippet :
 * long uid = ProcessIdentity.uid();   // -1 where it cannot be known
 * }
 */
public final class ProcessIdentity {
    private ProcessIdentity() {
    }

    /** This process's uid, or -1 when it cannot be known on this system. */
    public static long uid() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return -1;
        }
    }
}
