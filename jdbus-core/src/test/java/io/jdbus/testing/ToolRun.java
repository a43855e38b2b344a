package io.jdbus.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of an external program (busctl, gdbus, dbus-send) with empty standard input, colours and pager
 * off: its exit status and what it printed.
 * {@snippet :
 * ToolRun r = ToolRun.of(busctl, "--address=" + address, "tree", "com.example.name");
 * }
 */
public record ToolRun(int status, String out, String err) {
    /** Runs {@code tool args...}, at most 20 s. */
    public static ToolRun of(Path tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tool.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("SYSTEMD_COLORS", "0");
        pb.environment().put("SYSTEMD_PAGER", "cat");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish: " + command);
        }
        return new ToolRun(p.exitValue(), out, err);
    }
}
