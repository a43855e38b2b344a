package io.jdbus.cli.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialsTextTest {
    @Test
    void capabilitiesWrapAfterTheThirdNameThenEveryFourAsBusctlDoes() {
        assertEquals("cap_chown cap_dac_override cap_dac_read_search \n        cap_fowner cap_fsetid",
                CredentialsText.capabilities(0b11111, 40));
        assertEquals("", CredentialsText.capabilities(0, 40));
        assertEquals("cap_checkpoint_restore", CredentialsText.capabilities(1L << 40, 40));
        assertEquals("", CredentialsText.capabilities(1L << 40, 39), "above the kernel's last capability");
    }

    @Test
    void cgroupNamesUnitSliceAndSessionAsSystemdReadsThem() {
        StringBuilder sb = new StringBuilder();
        CredentialsText.cgroup(sb, "/user.slice/user-1000.slice/session-3.scope");
        assertEquals("""
                CGroup=/user.slice/user-1000.slice/session-3.scope
                Unit=session-3.scope
                Slice=user-1000.slice
                UserUnit=n/a
                UserSlice=n/a
                Session=3
                """, sb.toString());
        sb.setLength(0);
        CredentialsText.cgroup(sb, "/user.slice/user-1000.slice/user@1000.service/app.slice/dbus.service");
        assertEquals("""
                CGroup=/user.slice/user-1000.slice/user@1000.service/app.slice/dbus.service
                Unit=user@1000.service
                Slice=user-1000.slice
                UserUnit=dbus.service
                UserSlice=app.slice
                Session=n/a
                """, sb.toString());
        sb.setLength(0);
        CredentialsText.cgroup(sb, "/");
        assertEquals("CGroup=/\nUnit=n/a\nSlice=-.slice\nUserUnit=n/a\nUserSlice=n/a\nSession=n/a\n", sb.toString());
    }

    @Test
    void ttyNamesPseudoTerminalsAndConsoles() {
        assertEquals("n/a", CredentialsText.tty(0));
        assertEquals("pts/3", CredentialsText.tty((136 << 8) | 3));
        assertEquals("tty2", CredentialsText.tty((4 << 8) | 2));
    }

    @Test
    void procStatusLinesAreParsed() {
        String status = "Name:\tx\nPPid:\t7\nUid:\t1000\t1001\t1002\t1003\nGroups:\t4 24 \nCapEff:\t0000000000000003\n"
                + "CapPrm:\t0000000000000001\nCapInh:\t0000000000000000\nCapBnd:\t000001ffffffffff\n";
        assertEquals(7, ProcessInfo.numbers(status, "PPid:")[0]);
        assertEquals(List.of(1000L, 1001L, 1002L, 1003L), boxed(ProcessInfo.numbers(status, "Uid:")));
        assertEquals(List.of(4L, 24L), boxed(ProcessInfo.numbers(status, "Groups:")));
        assertEquals(List.of(3L, 1L, 0L, 0x1ffffffffffL), boxed(ProcessInfo.capabilities(status)));
        assertEquals(List.of("java", "-jar", ""), ProcessInfo.arguments("java\0-jar\0\0".getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Long> boxed(long[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
