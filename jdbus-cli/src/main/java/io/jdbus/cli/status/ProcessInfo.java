package io.jdbus.cli.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What {@code /proc/PID} tells about a process, as busctl adds it to a peer's credentials
 * ({@code SD_BUS_CREDS_AUGMENT}). Fields that cannot be read are {@code null}; only meaningful when the
 * peer runs on this machine, as it is for busctl too.
 *
 * {@snippet :
 * ProcessInfo p = ProcessInfo.read(1);
 * p.comm();      // "systemd"
 * p.uids();      // [0, 0, 0, 0]: real, effective, saved, file system
 * }
 *
 * @param ppid        the parent's PID
 * @param ttyNumber   the controlling terminal's device number from {@code stat}, 0 for none
 * @param uids        real, effective, saved and file-system user IDs
 * @param gids        real, effective, saved and file-system group IDs
 * @param groups      the supplementary group IDs
 * @param comm        the process name
 * @param exe         the executable's path
 * @param cmdline     the arguments
 * @param cgroup      the unified (v2) control group path
 * @param loginUid    the audit login UID, {@code null} when unset
 * @param sessionId   the audit session ID, {@code null} when unset
 * @param capabilities effective, permitted, inheritable and bounding capability sets, as bit masks
 */
record ProcessInfo(Long ppid, Long ttyNumber, long[] uids, long[] gids, long[] groups, String comm, String exe,
                   List<String> cmdline, String cgroup, Long loginUid, Long sessionId, long[] capabilities) {
    private static final long UNSET = 4294967295L;

    /** Reads {@code /proc/PID}. */
    static ProcessInfo read(long pid) {
        Path dir = Path.of("/proc", Long.toString(pid));
        String status = text(dir.resolve("status"));
        String stat = text(dir.resolve("stat"));
        Long tty = null;
        if (stat != null) {
            // the fields after the name in parentheses: state ppid pgrp session tty_nr ...
            String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            tty = rest.length > 4 ? Long.parseLong(rest[4]) : null;
        }
        String comm = text(dir.resolve("comm"));
        String exe;
        try {
            exe = Files.readSymbolicLink(dir.resolve("exe")).toString();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            exe = null;
        }
        byte[] cmdline = bytes(dir.resolve("cmdline"));
        String cgroup = null;
        String cgroups = text(dir.resolve("cgroup"));
        if (cgroups != null) {
            cgroup = cgroups.lines().filter(l -> l.startsWith("0::")).map(l -> l.substring(3)).findFirst().orElse(null);
        }
        long[] ppid = status == null ? null : numbers(status, "PPid:");
        return new ProcessInfo(
                ppid == null ? null : ppid[0],
                tty,
                status == null ? null : numbers(status, "Uid:"),
                status == null ? null : numbers(status, "Gid:"),
                status == null ? null : numbers(status, "Groups:"),
                comm == null ? null : comm.strip(),
                exe,
                cmdline == null ? null : arguments(cmdline),
                cgroup,
                audit(text(dir.resolve("loginuid"))),
                audit(text(dir.resolve("sessionid"))),
                status == null ? null : capabilities(status));
    }

    /** The numbers after {@code key} on its line of {@code /proc/PID/status}, or {@code null} without that line. */
    static long[] numbers(String status, String key) {
        return status.lines().filter(l -> l.startsWith(key)).findFirst()
                .map(l -> Arrays.stream(l.substring(key.length()).trim().split("\\s+"))
                        .filter(s -> !s.isEmpty()).mapToLong(Long::parseLong).toArray())
                .orElse(null);
    }

    /** CapEff, CapPrm, CapInh and CapBnd of {@code /proc/PID/status}. */
    static long[] capabilities(String status) {
        List<String> keys = List.of("CapEff:", "CapPrm:", "CapInh:", "CapBnd:");
        long[] masks = new long[keys.size()];
        for (int i = 0; i < masks.length; i++) {
            String key = keys.get(i);
            String hex = status.lines().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(key.length()).trim()).orElse(null);
            if (hex == null) {
                return null;
            }
            masks[i] = Long.parseUnsignedLong(hex, 16);
        }
        return masks;
    }

    /** The NUL-separated arguments of {@code /proc/PID/cmdline}. */
    static List<String> arguments(byte[] cmdline) {
        List<String> args = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= cmdline.length; i++) {
            if (i == cmdline.length || cmdline[i] == 0) {
                if (i > start || i < cmdline.length) {
                    args.add(new String(cmdline, start, i - start, StandardCharsets.UTF_8));
                }
                start = i + 1;
            }
        }
        return args;
    }

    private static Long audit(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        long value = Long.parseLong(text.strip());
        return value == UNSET ? null : value;
    }

    static String text(Path file) {
        byte[] b = bytes(file);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /** The file's bytes; read as a stream, since {@code Files.readAllBytes} stops early on some {@code /proc} files. */
    static byte[] bytes(Path file) {
        try (var in = Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
