package io.jdbus.address;

import static io.jdbus.address.AddressAssertions.assertParses;
import static io.jdbus.address.AddressAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnixAddressTest {
    private static final Guid GUID = Guid.of("4a3f8ab5b6b1e03b9a9b31e4665b9f1c");

    @ParameterizedTest(name = "{0} is {1}={2}, connectable {3}")
    @CsvSource(delimiter = '|', value = {
        "unix:path=/run/user/1000/bus           | PATH     | /run/user/1000/bus | true",
        "unix:path=relative/sock                | PATH     | relative/sock      | true",
        "unix:abstract=/tmp/dbus-x1CPDQ         | ABSTRACT | /tmp/dbus-x1CPDQ   | true",
        "unix:dir=/tmp                          | DIR      | /tmp               | false",
        "unix:tmpdir=/tmp                       | TMPDIR   | /tmp               | false",
        "unix:runtime=yes                       | RUNTIME  | yes                | false",
        "unix:path=/run/bus-for-%3a0            | PATH     | /run/bus-for-:0    | true",
        "'unix:path=/run/bus,'                  | PATH     | /run/bus           | true",
    })
    void everyKindOfUnixAddressParses(String text, UnixAddress.Kind kind, String value, boolean connectable) {
        UnixAddress a = (UnixAddress) assertParses(text, new UnixAddress(kind, value, Optional.empty()));
        assertEquals("unix", a.transport());
        assertEquals(connectable, a.isConnectable());
        assertTrue(a.isListenable());
    }

    @Test
    void guidMayFollowOrPrecedeTheSocketKey() {
        UnixAddress expected = UnixAddress.path("/run/bus").withGuid(GUID);
        assertParses("unix:path=/run/bus,guid=4a3f8ab5b6b1e03b9a9b31e4665b9f1c", expected);
        assertParses("unix:guid=4a3f8ab5b6b1e03b9a9b31e4665b9f1c,path=/run/bus", expected);
        assertEquals(Optional.of(GUID), expected.guid());
        assertEquals("unix:path=/run/bus,guid=4a3f8ab5b6b1e03b9a9b31e4665b9f1c", expected.toString());
    }

    @Test
    void factoriesFormatAsTheSpecificationWritesThem() {
        assertEquals("unix:path=/run/user/1000/bus", UnixAddress.path("/run/user/1000/bus").toString());
        assertEquals("unix:abstract=/tmp/dbus-x", UnixAddress.abstractName("/tmp/dbus-x").toString());
        assertEquals("unix:dir=/tmp", UnixAddress.dir("/tmp").toString());
        assertEquals("unix:tmpdir=/tmp", UnixAddress.tmpdir("/tmp").toString());
        assertEquals("unix:runtime=yes", UnixAddress.runtime().toString());
    }

    @ParameterizedTest(name = "{0} is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "unix:path=/a,abstract=b       | unix: address \"unix:path=/a,abstract=b\" has both path and abstract",
        "unix:abstract=b,path=/a       | has both abstract and path",
        "unix:dir=/a,tmpdir=/b         | has both dir and tmpdir",
        "unix:path=/a,runtime=yes      | has both path and runtime",
        "unix:                         | has none of path, abstract, dir, tmpdir and runtime",
        "unix:guid=4a3f8ab5b6b1e03b9a9b31e4665b9f1c | has none of path",
        "unix:runtime=no               | has runtime=\"no\"; the only value allowed is yes",
        "unix:runtime=YES              | the only value allowed is yes",
        "unix:pth=/a                   | has unknown key \"pth\" (unix takes path, abstract, dir, tmpdir, runtime and guid)",
        "unix:path=/a,host=b           | has unknown key \"host\"",
        "unix:path=/a,guid=abc         | has guid \"abc\" of 3 characters; a GUID is 32 hex digits",
        "unix:path=/a,path=/b          | has key \"path\" more than once",
    })
    void invalidUnixAddressesAreRejectedNamingTheRule(String text, String rule) {
        assertRejected(text, rule);
    }

    @Test
    void rejectionNamesTheAddressTheKeyAndTheRule() {
        InvalidAddressException e = assertRejected("unix:path=/a,abstract=b", "has both path and abstract");
        assertEquals("unix: address \"unix:path=/a,abstract=b\" has both path and abstract", e.getMessage());
        assertEquals(Optional.of("unix"), e.transport());
        assertEquals("unix:path=/a,abstract=b", e.address());
        assertEquals(Optional.of("abstract"), e.key());
        assertEquals("has both path and abstract", e.problem());
    }

    @Test
    void constructorRefusesWhatParsingRefuses() {
        InvalidAddressException empty = assertThrows(InvalidAddressException.class, () -> UnixAddress.path(""));
        assertEquals("unix: address \"unix:path=\" has a value for key \"path\" that is empty", empty.getMessage());
        assertThrows(InvalidAddressException.class, () -> UnixAddress.path("/a\0b"));
        assertThrows(InvalidAddressException.class, () -> UnixAddress.path("/a\uD800"));
        assertThrows(InvalidAddressException.class,
                () -> new UnixAddress(UnixAddress.Kind.RUNTIME, "no", Optional.empty()));
        assertThrows(NullPointerException.class, () -> UnixAddress.path(null));
    }

    @Test
    void listenOnlyAddressesCannotBeUsedToConnect() throws Exception {
        UnusableAddressException e = assertThrows(UnusableAddressException.class,
                () -> UnixAddress.dir("/tmp").requireConnectable());
        assertEquals("unix: address \"unix:dir=/tmp\" is for listening only: dir= says where a server creates"
                + " its socket", e.getMessage());
        UnixAddress path = UnixAddress.path("/run/bus");
        assertSame(path, path.requireConnectable());
        assertSame(path, path.requireListenable());
        assertFalse(UnixAddress.runtime().isConnectable());
    }
}
