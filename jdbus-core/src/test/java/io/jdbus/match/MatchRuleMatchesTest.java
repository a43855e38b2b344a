package io.jdbus.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.message.Message;
import io.jdbus.message.MessageType;
import io.jdbus.names.ObjectPath;
import io.jdbus.types.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link MatchRule#matches}: the examples of the specification's "Match Rules" table, and each key on its own. */
class MatchRuleMatchesTest {

    private static Message signal(String path, String sig, Object... args) {
        return Message.signal(path, "org.example.Iface", "Changed").sender(":1.7").body(sig, args).build();
    }

    private static Message withArg0(String value) {
        return signal("/", "s", value);
    }

    @ParameterizedTest(name = "arg0path=''/aa/bb/'' vs \"{0}\": {1}")
    @CsvSource({
        "/, true", "/aa/, true", "/aa/bb/, true", "/aa/bb/cc/, true", "/aa/bb/cc, true",
        "/aa/b, false", "/aa, false", "/aa/bb, false", "'', false", "/aa/bbb/, false", "aa/bb/, false",
    })
    void arg0PathMatchesAsTheSpecificationsExampleSays(String argument, boolean expected) {
        MatchRule rule = MatchRule.parse("arg0path='/aa/bb/'");
        assertEquals(expected, rule.matches(withArg0(argument)), "STRING argument " + argument);
    }

    @ParameterizedTest(name = "arg0path=''/aa/bb/'' vs object path {0}: {1}")
    @CsvSource({"/, true", "/aa/bb/cc, true", "/aa/bb/cc/dd, true", "/aa/b, false", "/aa, false", "/aa/bb, false"})
    void arg0PathAlsoMatchesObjectPathArguments(String argument, boolean expected) {
        MatchRule rule = MatchRule.parse("arg0path='/aa/bb/'");
        Message m = signal("/", "o", ObjectPath.of(argument));
        assertEquals(expected, rule.matches(m));
    }

    @ParameterizedTest(name = "arg0path=''{0}'' vs \"{1}\": {2}")
    @CsvSource({
        "/ca/example/foo/, /ca/example/foo/bar, true",   // the dconf example: a key in the directory
        "/ca/example/foo/, /ca/example/, true",          // and an atomic change of the parent directory
        "/aa/bb, /aa/bb, true",                          // equal, no trailing '/'
        "/aa/bb, /aa/bb/, false",                        // the longer one ends with '/': that is not enough
        "/aa/bb/, /aa/bb, false",                        // the spec's "or even '/aa/bb'"
        "/aa/bb, /aa/, true",                            // the shorter, the argument, ends with '/'
        "foobar, foobar, true",                          // libdbus's test: equality, even of a non-path
        "/aa/bb, /aa/bb/cc, false",                      // neither shorter side ends with '/'
        "'', '', true",
        "'', /, false",
    })
    void argPathIsEqualityOrATrailingSlashPrefixEitherWay(String ruleValue, String argument, boolean expected) {
        assertEquals(expected, ArgMatch.path(0, ruleValue).matches(argument));
    }

    @ParameterizedTest(name = "path_namespace=''{0}'' vs {1}: {2}")
    @CsvSource({
        "/a/b, /a/b, true", "/a/b, /a/b/c, true", "/a/b, /a/bc, false", "/a/b, /a, false", "/a/b, /, false",
        "/com/example/foo, /com/example/foo, true", "/com/example/foo, /com/example/foo/bar, true",
        "/com/example/foo, /com/example/foobar, false",
        "/, /, true", "/, /anything/at/all, true",
    })
    void pathNamespaceMatchesThePathAndItsDescendantsByWholeElements(String ns, String path, boolean expected) {
        MatchRule rule = MatchRule.parse("path_namespace='" + ns + "'");
        assertEquals(expected, rule.matches(signal(path, "")));
    }

    @ParameterizedTest(name = "arg0namespace=''com.example.backend1'' vs \"{0}\": {1}")
    @CsvSource({
        "com.example.backend1, true", "com.example.backend1.foo, true", "com.example.backend1.foo.bar, true",
        "com.example.backend10, false", "com.example, false", "com.example.backend, false",
        "org.example.backend1, false", "'', false",
    })
    void arg0NamespaceMatchesTheNameAndNamesBelowIt(String argument, boolean expected) {
        MatchRule rule = MatchRule.parse("member='Changed',arg0namespace='com.example.backend1'");
        assertEquals(expected, rule.matches(withArg0(argument)));
    }

    @Test
    void arg0NamespaceMatchesStringsOnly() {
        MatchRule rule = MatchRule.parse("arg0namespace='com'");
        assertTrue(rule.matches(withArg0("com.example")));
        assertFalse(rule.matches(signal("/", "g", "s")), "a SIGNATURE is not a STRING");
        assertFalse(rule.matches(signal("/", "v", Variant.of("s", "com.example"))), "a VARIANT is not a STRING");
    }

    @Test
    void argMatchesOnlyStringArgumentsAndComparesExactly() {
        MatchRule rule = MatchRule.parse("arg1='Foo'");
        assertTrue(rule.matches(signal("/", "ss", "x", "Foo")));
        assertFalse(rule.matches(signal("/", "ss", "x", "foo")), "case matters");
        assertFalse(rule.matches(signal("/", "ss", "x", "Foo ")));
        assertFalse(rule.matches(signal("/", "so", "x", ObjectPath.of("/Foo"))));
        assertFalse(rule.matches(signal("/", "sv", "x", Variant.of("s", "Foo"))), "a variant holding the string");
        assertFalse(rule.matches(signal("/", "si", "x", 3)));
        assertFalse(rule.matches(signal("/", "s", "x")), "the message has no argument 1");
    }

    @Test
    void argOnAnObjectPathArgumentNeverMatchesEvenWithTheSameText() {
        MatchRule rule = MatchRule.parse("arg0='/a/b'");
        assertFalse(rule.matches(signal("/", "o", ObjectPath.of("/a/b"))));
        assertTrue(MatchRule.parse("arg0path='/a/b'").matches(signal("/", "o", ObjectPath.of("/a/b"))));
    }

    @Test
    void theEmptyArgumentMatchesTheEmptyString() {
        assertTrue(MatchRule.parse("arg0=''").matches(withArg0("")));
        assertFalse(MatchRule.parse("arg0=''").matches(signal("/", "")));
    }

    @Test
    void everyArgumentConditionMustHold() {
        MatchRule rule = MatchRule.parse("arg0='a',arg2path='/x/',arg63='z'");
        Object[] args = new Object[64];
        java.util.Arrays.fill(args, "-");
        args[0] = "a";
        args[2] = "/x/y";
        args[63] = "z";
        String sig = "s".repeat(64);
        assertTrue(rule.matches(signal("/", sig, args)));
        args[63] = "y";
        assertFalse(rule.matches(signal("/", sig, args)));
    }

    @Test
    void theSpecificationsCompleteExampleMatchesItsMessageOnly() {
        MatchRule rule = MatchRule.parse("type='signal',sender='org.freedesktop.DBus',interface='org.freedesktop.DBus',"
                + "member='Foo',path='/bar/foo',destination=':452345.34',arg2='bar'");
        Message m = Message.signal("/bar/foo", "org.freedesktop.DBus", "Foo").sender("org.freedesktop.DBus")
                .destination(":452345.34").body("sss", "a", "b", "bar").build();
        assertTrue(rule.matches(m));
        assertFalse(rule.matches(m.toBuilder().path("/bar/foo/x").build()), "path");
        assertFalse(rule.matches(m.toBuilder().interfaceName("org.freedesktop.DBus.X").build()), "interface");
        assertFalse(rule.matches(m.toBuilder().member("Bar").build()), "member");
        assertFalse(rule.matches(m.toBuilder().sender(":1.1").build()), "sender");
        assertFalse(rule.matches(m.toBuilder().destination(":452345.35").build()), "destination");
        assertFalse(rule.matches(m.toBuilder().destination(null).build()), "no destination");
        assertFalse(rule.matches(m.toBuilder().body("sss", "a", "b", "baz").build()), "arg2");
    }

    @Test
    void typeMatchesTheMessageType() {
        Message call = Message.methodCall("org.example", "/", "org.example.Iface", "Do").build();
        assertTrue(MatchRule.parse("type='method_call'").matches(call));
        assertFalse(MatchRule.parse("type='signal'").matches(call));
        Message reply = Message.methodReturn(call.withSerial(3)).build();
        assertTrue(MatchRule.parse("type='method_return'").matches(reply));
        Message error = Message.error(call.withSerial(3), "org.example.Error.Failed", "no").build();
        assertTrue(MatchRule.parse("type='error'").matches(error));
        assertFalse(MatchRule.parse("type='method_return'").matches(error));
    }

    @Test
    void aMissingHeaderFieldMeetsNoConditionOnIt() {
        Message call = Message.methodCall(null, "/a", null, "Do").build();
        assertFalse(MatchRule.parse("interface='org.example.Iface'").matches(call), "no INTERFACE");
        assertFalse(MatchRule.parse("sender=':1.1'").matches(call), "no SENDER");
        assertFalse(MatchRule.parse("destination=':1.1'").matches(call), "no DESTINATION");
        Message reply = Message.methodReturn(call.withSerial(1)).build();
        assertFalse(MatchRule.parse("path='/a'").matches(reply), "no PATH");
        assertFalse(MatchRule.parse("path_namespace='/'").matches(reply), "no PATH, even for the root namespace");
        assertFalse(MatchRule.parse("member='Do'").matches(reply), "no MEMBER");
    }

    @Test
    void senderIsComparedLiterallyWithNoOwnerResolution() {
        Message m = signal("/", "");   // SENDER :1.7
        assertTrue(MatchRule.parse("sender=':1.7'").matches(m));
        assertFalse(MatchRule.parse("sender='org.example.Owner'").matches(m),
                "even if :1.7 owns org.example.Owner: resolving names is the bus's job");
        assertTrue(MatchRule.parse("sender='org.freedesktop.DBus'")
                .matches(m.toBuilder().sender("org.freedesktop.DBus").build()), "the bus's own signals");
    }

    @Test
    void theEmptyRuleMatchesEveryMessage() {
        Message call = Message.methodCall("org.example", "/", null, "Do").build();
        for (Message m : List.of(call, signal("/a/b", "s", "x"), Message.methodReturn(call.withSerial(2)).build())) {
            assertTrue(MatchRule.ALL.matches(m), m.toString());
            assertTrue(MatchRule.parse("").matches(m));
        }
    }

    @Test
    void eavesdropDoesNotEnterTheComparison() {
        Message unicast = signal("/", "").toBuilder().destination(":1.9").build();
        assertTrue(MatchRule.parse("eavesdrop='true'").matches(unicast));
        assertTrue(MatchRule.parse("").matches(unicast), "the bus, not matches(), withholds unicast messages");
        assertTrue(MatchRule.parse("type='signal',eavesdrop='true'").eavesdrop());
    }

    @Test
    void methodCallsMatchOnTheirHeaderFieldsToo() {
        Message call = Message.methodCall("org.example.Service", "/org/example/obj", "org.example.Iface", "Frobate")
                .sender(":1.3").body("is", 5, "hello").build();
        MatchRule rule = MatchRule.builder().type(MessageType.METHOD_CALL).destination("org.example.Service")
                .pathNamespace("/org/example").member("Frobate").arg(1, "hello").eavesdrop(true).build();
        assertTrue(rule.matches(call));
    }
}
