package io.jdbus.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.message.MessageType;
import io.jdbus.names.InvalidNameException;
import io.jdbus.names.ObjectPath;
import io.jdbus.names.WellKnownName;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MatchRuleBuilder} and the checks of the {@link MatchRule} constructor. */
class MatchRuleBuilderTest {

    @Test
    void theBuilderMakesTheRuleTheTextDescribes() {
        MatchRule built = MatchRule.builder()
                .type(MessageType.SIGNAL)
                .sender("org.freedesktop.DBus")
                .interfaceName("org.freedesktop.DBus")
                .member("NameOwnerChanged")
                .pathNamespace("/org/freedesktop")
                .destination(":1.9")
                .arg0Namespace("com.example")
                .argPath(1, "/a/")
                .arg(2, "x")
                .eavesdrop(true)
                .build();
        assertEquals(MatchRule.parse("type='signal',sender='org.freedesktop.DBus',interface='org.freedesktop.DBus',"
                + "member='NameOwnerChanged',path_namespace='/org/freedesktop',destination=':1.9',"
                + "arg0namespace='com.example',arg1path='/a/',arg2='x',eavesdrop='true'"), built);
    }

    @Test
    void settersReplaceAndNullClears() {
        MatchRule r = MatchRule.builder().member("A").member("B").sender(":1.1").sender((String) null)
                .arg(0, "a").argPath(0, "/b/").arg(3, "c").clearArg(3).build();
        assertEquals("member='B',arg0path='/b/'", r.toString());
    }

    @Test
    void pathAndPathNamespaceReplaceEachOtherInTheBuilder() {
        assertEquals("path_namespace='/b'", MatchRule.builder().path("/a").pathNamespace("/b").build().toString());
        assertEquals("path='/a'", MatchRule.builder().pathNamespace("/b").path("/a").build().toString());
    }

    @Test
    void theConstructorRejectsPathTogetherWithPathNamespace() {
        InvalidMatchRuleException e = assertThrows(InvalidMatchRuleException.class, () -> new MatchRule(null, null,
                null, null, ObjectPath.of("/a"), ObjectPath.of("/b"), null, List.of(), false));
        assertEquals("invalid match rule: path and path_namespace are both given (path \"/a\", path_namespace \"/b\"); "
                + "a rule may have one of them", e.getMessage());
    }

    @Test
    void theConstructorRejectsTwoConditionsOnOneArgumentAndSortsTheRest() {
        assertThrows(InvalidMatchRuleException.class, () -> new MatchRule(null, null, null, null, null, null, null,
                List.of(ArgMatch.string(1, "a"), ArgMatch.path(1, "/")), false));
        MatchRule r = new MatchRule(null, null, null, null, null, null, null,
                List.of(ArgMatch.string(5, "a"), ArgMatch.string(1, "b")), false);
        assertEquals("arg1='b',arg5='a'", r.toString());
    }

    @Test
    void theArgumentListIsCopiedAndUnmodifiable() {
        List<ArgMatch> args = new ArrayList<>(List.of(ArgMatch.string(0, "a")));
        MatchRule r = new MatchRule(null, null, null, null, null, null, null, args, false);
        args.add(ArgMatch.string(1, "b"));
        assertEquals(1, r.args().size());
        assertThrows(UnsupportedOperationException.class, () -> r.args().add(ArgMatch.string(2, "c")));
    }

    @Test
    void argumentIndexesOutside0To63AreRejected() {
        assertThrows(InvalidMatchRuleException.class, () -> MatchRule.builder().arg(64, "x"));
        assertThrows(InvalidMatchRuleException.class, () -> MatchRule.builder().argPath(-1, "x"));
        assertThrows(InvalidMatchRuleException.class, () -> ArgMatch.string(64, "x"));
        InvalidMatchRuleException e = assertThrows(InvalidMatchRuleException.class,
                () -> new ArgMatch(1, ArgMatch.Kind.NAMESPACE, "org"));
        assertTrue(e.getMessage().contains("argument 0 only"), e.getMessage());
    }

    @Test
    void invalidNamesAreRejectedAsTheyAreSet() {
        assertThrows(InvalidNameException.class, () -> MatchRule.builder().sender("not a name"));
        assertThrows(InvalidNameException.class, () -> MatchRule.builder().interfaceName("One"));
        assertThrows(InvalidNameException.class, () -> MatchRule.builder().member("a.b"));
        assertThrows(InvalidNameException.class, () -> MatchRule.builder().path("/a/"));
        assertThrows(InvalidNameException.class, () -> MatchRule.builder().pathNamespace(""));
        assertThrows(InvalidNameException.class, () -> MatchRule.builder().destination(":"));
        assertThrows(InvalidMatchRuleException.class, () -> MatchRule.builder().arg0Namespace("a..b"));
    }

    @Test
    void aRuleWhoseTextExceedsTheLimitCannotBeBuilt() {
        MatchRuleBuilder b = MatchRule.builder();
        for (int i = 0; i < 64; i++) {
            b.arg(i, "0123456789");   // 64 pieces of 16 or 17 bytes
        }
        InvalidMatchRuleException e = assertThrows(InvalidMatchRuleException.class, b::build);
        assertTrue(e.getMessage().contains("the limit is 1024"), e.getMessage());
    }

    @Test
    void toBuilderStartsFromTheRule() {
        MatchRule r = MatchRule.parse("type='signal',sender=':1.1',arg0='a',eavesdrop='true'");
        assertEquals(r, r.toBuilder().build());
        MatchRule changed = r.toBuilder().sender(WellKnownName.DBUS).type(null).build();
        assertEquals("sender='org.freedesktop.DBus',arg0='a',eavesdrop='true'", changed.toString());
        assertNull(changed.type());
    }

    @Test
    void anArgMatchCanBeSetWhole() {
        assertEquals("arg0namespace='org'", MatchRule.builder().arg(ArgMatch.namespace("org")).build().toString());
    }
}
