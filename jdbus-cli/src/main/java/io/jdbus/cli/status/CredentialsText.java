package io.jdbus.cli.status;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A peer's credentials as {@code busctl status} prints them ({@code bus_creds_dump}): one {@code Key=value}
 * line per field, in busctl's order, capability sets wrapped four names to a line. Pure: the bus's answer and
 * {@link ProcessInfo} in, text out.
 *
 * {@snippet :
 * CredentialsText.format(new PeerCredentials(42, 1000L, null, null), ProcessInfo.read(42), 40);
 * // PID=42
 * // PPID=1
 * // TTY=n/a
 * // UID=1000
 * // ...
 * }
 */
final class CredentialsText {
    private static final List<String> CAPABILITIES = List.of("cap_chown", "cap_dac_override", "cap_dac_read_search",
            "cap_fowner", "cap_fsetid", "cap_kill", "cap_setgid", "cap_setuid", "cap_setpcap", "cap_linux_immutable",
            "cap_net_bind_service", "cap_net_broadcast", "cap_net_admin", "cap_net_raw", "cap_ipc_lock",
            "cap_ipc_owner", "cap_sys_module", "cap_sys_rawio", "cap_sys_chroot", "cap_sys_ptrace", "cap_sys_pacct",
            "cap_sys_admin", "cap_sys_boot", "cap_sys_nice", "cap_sys_resource", "cap_sys_time",
            "cap_sys_tty_config", "cap_mknod", "cap_lease", "cap_audit_write", "cap_audit_control", "cap_setfcap",
            "cap_mac_override", "cap_mac_admin", "cap_syslog", "cap_wake_alarm", "cap_block_suspend",
            "cap_audit_read", "cap_perfmon", "cap_bpf", "cap_checkpoint_restore");
    private static final List<String> CAPABILITY_SETS =
            List.of("EffectiveCapabilities", "PermittedCapabilities", "InheritableCapabilities", "BoundingCapabilities");
    private static final Pattern USER_MANAGER = Pattern.compile("user@(\\d+)\\.service");
    private static final Pattern SESSION = Pattern.compile("session-(.+)\\.scope");

    private CredentialsText() {
    }

    /** The lines busctl prints for {@code peer}, each ending in a newline; {@code lastCap} is the kernel's highest capability. */
    static String format(PeerCredentials peer, ProcessInfo proc, int lastCap) {
        StringBuilder sb = new StringBuilder();
        line(sb, "PID", Long.toString(peer.pid()));
        if (proc.ppid() != null) {
            line(sb, "PPID", proc.ppid() == 0 ? "n/a" : Long.toString(proc.ppid()));
        }
        if (proc.ttyNumber() != null) {
            line(sb, "TTY", tty(proc.ttyNumber()));
        }
        long[] uids = proc.uids();
        if (peer.uid() != null || uids != null) {
            line(sb, "UID", Long.toString(peer.uid() != null ? peer.uid() : uids[0]));
        }
        if (uids != null) {
            ids(sb, uids, "EUID", "SUID", "FSUID");
        }
        if (proc.gids() != null) {
            line(sb, "GID", Long.toString(proc.gids()[0]));
            ids(sb, proc.gids(), "EGID", "SGID", "FSGID");
        }
        // busctl reads them from /proc even where the bus sent UnixGroupIDs (which also hold the primary group)
        long[] groups = proc.groups() != null ? proc.groups() : peer.groups();
        if (groups != null) {
            line(sb, "SupplementaryGIDs", Arrays.stream(groups).mapToObj(Long::toString).collect(Collectors.joining(" ")));
        }
        if (proc.comm() != null) {
            line(sb, "Comm", proc.comm());
        }
        if (proc.exe() != null) {
            line(sb, "Exe", proc.exe());
        }
        if (proc.cmdline() != null) {
            line(sb, "CommandLine", String.join(" ", proc.cmdline()));
        }
        if (proc.cgroup() != null) {
            cgroup(sb, proc.cgroup());
        }
        line(sb, "AuditLoginUID", proc.loginUid() == null ? "n/a" : Long.toString(proc.loginUid()));
        line(sb, "AuditSessionID", proc.sessionId() == null ? "n/a" : Long.toString(proc.sessionId()));
        if (peer.uniqueName() != null) {
            line(sb, "UniqueName", peer.uniqueName());
        }
        if (proc.capabilities() != null) {
            for (int i = 0; i < CAPABILITY_SETS.size(); i++) {
                sb.append(CAPABILITY_SETS.get(i)).append('=').append(capabilities(proc.capabilities()[i], lastCap)).append('\n');
            }
        }
        return sb.toString();
    }

    /** The names of the capabilities in {@code mask}, wrapped as busctl wraps them: a space, then a new line every four. */
    static String capabilities(long mask, int lastCap) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (int i = 0; i <= lastCap && i < 64; i++) {
            if ((mask & (1L << i)) == 0) {
                continue;
            }
            if (n > 0) {
                sb.append(' ');
            }
            if (n % 4 == 3) {
                sb.append("\n        ");
            }
            sb.append(i < CAPABILITIES.size() ? CAPABILITIES.get(i) : "n/a");
            n++;
        }
        return sb.toString();
    }

    /** CGroup= and what systemd reads from the path: the unit, the slice, the user's unit and slice, the session. */
    static void cgroup(StringBuilder sb, String path) {
        line(sb, "CGroup", path);
        List<String> parts = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        int unit = firstNonSlice(parts, 0);
        String unitName = unit < parts.size() && isUnit(parts.get(unit)) ? parts.get(unit) : null;
        line(sb, "Unit", unitName == null ? "n/a" : unitName);
        line(sb, "Slice", lastSlice(parts, 0, unit));
        String userUnit = null;
        String userSlice = null;
        if (unitName != null && USER_MANAGER.matcher(unitName).matches()) {
            int from = unit + 1;
            int u = firstNonSlice(parts, from);
            userUnit = u < parts.size() && isUnit(parts.get(u)) ? parts.get(u) : null;
            userSlice = lastSlice(parts, from, u);
        }
        line(sb, "UserUnit", userUnit == null ? "n/a" : userUnit);
        line(sb, "UserSlice", userSlice == null ? "n/a" : userSlice);
        Matcher session = unitName == null ? null : SESSION.matcher(unitName);
        line(sb, "Session", session != null && session.matches() ? session.group(1) : "n/a");
    }

    private static int firstNonSlice(List<String> parts, int from) {
        int i = from;
        while (i < parts.size() && parts.get(i).endsWith(".slice")) {
            i++;
        }
        return i;
    }

    private static String lastSlice(List<String> parts, int from, int to) {
        return to > from ? parts.get(to - 1) : "-.slice";
    }

    private static boolean isUnit(String name) {
        return name.matches("[A-Za-z0-9:_.\\\\@-]+\\.(service|scope|socket|mount|swap|target|timer|path|device|automount)");
    }

    /** The controlling terminal: {@code pts/N} for a pseudo terminal, {@code ttyN} for a virtual console. */
    static String tty(long device) {
        if (device == 0) {
            return "n/a";
        }
        long major = (device >> 8) & 0xfff;
        long minor = (device & 0xff) | ((device >> 12) & 0xfff00);
        if (major >= 136 && major <= 143) {
            return "pts/" + ((major - 136) * 256 + minor);
        }
        if (major == 4 && minor < 64) {
            return "tty" + minor;
        }
        return "n/a";
    }

    private static void ids(StringBuilder sb, long[] ids, String... keys) {
        for (int i = 0; i < keys.length && i + 1 < ids.length; i++) {
            line(sb, keys[i], Long.toString(ids[i + 1]));
        }
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append(key).append('=').append(value).append('\n');
    }
}
