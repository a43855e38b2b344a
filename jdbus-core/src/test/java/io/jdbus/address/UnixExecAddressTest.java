package io.jdbus.address;

import static io.jdbus.address.AddressAssertions.assertParses;
import static io.jdbus.address.AddressAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnixExecAddressTest {
    @Test
    void pathAloneRunsThePathWithoutArguments() {
        UnixExecAddress a = (UnixExecAddress) assertParses("unixexec:path=/usr/bin/systemd-stdio-bridge",
                UnixExecAddress.of("/usr/bin/systemd-stdio-bridge", List.of()));
        assertEquals(List.of("/usr/bin/systemd-stdio-bridge"), a.commandLine());
        assertTrue(a.isConnectable());
        assertFalse(a.isListenable());
    }

    @Test
    void argumentsAreNumberedFromArgv1AndArgv0RenamesTheProgram() {
        UnixExecAddress a = (UnixExecAddress) assertParses(
                "unixexec:path=ssh,argv0=remote-bus,argv1=-xT,argv2=host%20name,argv3=systemd-stdio-bridge",
                UnixExecAddress.of("ssh", List.of("-xT", "host name", "systemd-stdio-bridge")).withArgv0("remote-bus"));
        assertEquals(List.of("remote-bus", "-xT", "host name", "systemd-stdio-bridge"), a.commandLine());
        assertEquals(Optional.of("remote-bus"), a.argv0());
    }

    @Test
    void argumentsMayBeWrittenInAnyOrder() {
        assertParses("unixexec:argv2=b,path=p,argv1=a", UnixExecAddress.of("p", List.of("a", "b")));
    }

    @Test
    void formattingWritesPathArgvAndGuidInOrder() {
        Guid g = Guid.of("0123456789abcdef0123456789abcdef");
        assertEquals("unixexec:path=ssh,argv0=x,argv1=-T,argv2=a%20b,guid=0123456789abcdef0123456789abcdef",
                UnixExecAddress.of("ssh", List.of("-T", "a b")).withArgv0("x").withGuid(g).toString());
    }

    @Test
    void jdbusMayConnectButNeverListen() throws Exception {
        UnixExecAddress a = UnixExecAddress.of("p", List.of());
        a.requireConnectable();
        assertThrows(UnusableAddressException.class, a::requireListenable);
    }

    @ParameterizedTest(name = "{0} is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "unixexec:argv1=x                       | has no path= key, the program to run",
        "unixexec:path=p,argv2=x                | has argv2 but no argv1",
        "unixexec:path=p,argv1=a,argv3=c,argv5=e | has argv3 but no argv2; arguments are numbered argv1, argv2, ... without gaps",
        "unixexec:path=p,argv01=a               | has unknown key \"argv01\" (unixexec takes path, argv0, argv1, ... and guid)",
        "unixexec:path=p,argv=a                 | has unknown key \"argv\"",
        "unixexec:path=p,argvx=a                | has unknown key \"argvx\"",
        "unixexec:path=p,argv99999999999=a      | has unknown key \"argv99999999999\"",
        "unixexec:path=p,argv999999999=a        | has argv999999999 but no argv1",
        "unixexec:path=p,argv1=a,argv1=b        | has key \"argv1\" more than once",
    })
    void invalidUnixExecAddressesAreRejected(String text, String rule) {
        assertRejected(text, rule);
    }
}
