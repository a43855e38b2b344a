package io.jdbus.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.message.MessageType;
import io.jdbus.names.BusName;
import io.jdbus.names.InterfaceName;
import io.jdbus.names.MemberName;
import io.jdbus.names.ObjectPath;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text form: what {@link MatchRule#parse} reads, and the canonical form {@code toString()} writes. */
class MatchRuleParseTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "",
        "type='signal'", "type='method_call'", "type='method_return'", "type='error'",
        "sender='org.freedesktop.DBus'", "sender=':1.42'", "sender='com.example-corp.App'",
        "interface='org.freedesktop.DBus.Properties'",
        "member='NameOwnerChanged'",
        "path='/'", "path='/org/freedesktop/Hal/Manager'",
        "path_namespace='/'", "path_namespace='/com/example/foo'",
        "destination=':1.0'", "destination='org.example.Service'",
        "arg0=''", "arg0='Foo'", "arg3='Foo'", "arg63='x'", "arg10='with space'", "arg1=',=\\'",
        "arg0path='/aa/bb/'", "arg7path='/foo'", "arg63path='not even a path'",
        "arg0namespace='com.example.backend1'", "arg0namespace='com'", "arg0namespace=':1.42'",
        "eavesdrop='true'",
        "arg0='it'\\''s'", "arg0=\\'", "arg0=\\'\\'", "arg0='a'\\'", "arg0=\\''a'",
        "type='signal',sender='org.freedesktop.DBus',interface='org.freedesktop.DBus',member='Foo',"
                + "path='/bar/foo',destination=':452345.34',arg2='bar'",
        "type='signal',sender='org.example',interface='org.example.I',member='M',path_namespace='/a',"
                + "destination=':1.1',arg0namespace='org',arg1='x',arg2path='/p/',eavesdrop='true'",
    })
    void canonicalTextParsesAndFormatsBackToItself(String text) {
        MatchRule rule = MatchRule.parse(text);
        assertEquals(text, rule.toString());
        assertEquals(rule, MatchRule.parse(rule.toString()));
    }

    @Test
    void everyKeyLandsInItsComponent() {
        MatchRule r = MatchRule.parse("type='signal',sender=':1.5',interface='org.example.I',member='M',"
                + "path='/p',destination='org.example.D',arg0namespace='org.example',arg5path='/x/',arg9='v',"
                + "eavesdrop='true'");
        assertEquals(MessageType.SIGNAL, r.type());
        assertEquals(BusName.of(":1.5"), r.sender());
        assertEquals(InterfaceName.of("org.example.I"), r.interfaceName());
        assertEquals(MemberName.of("M"), r.member());
        assertEquals(ObjectPath.of("/p"), r.path());
        assertEquals(null, r.pathNamespace());
        assertEquals(BusName.of("org.example.D"), r.destination());
        assertEquals(List.of(ArgMatch.namespace("org.example"), ArgMatch.path(5, "/x/"), ArgMatch.string(9, "v")),
                r.args());
        assertEquals(Optional.of(ArgMatch.path(5, "/x/")), r.arg(5));
        assertEquals(Optional.empty(), r.arg(6));
        assertTrue(r.eavesdrop());
        assertEquals(ObjectPath.of("/q"), MatchRule.parse("path_namespace='/q'").pathNamespace());
    }

    @Test
    void everyArgumentIndexFrom0To63AndEveryKindRoundTrips() {
        for (int i = 0; i <= ArgMatch.MAX_INDEX; i++) {
            for (String key : List.of("arg" + i, "arg" + i + "path")) {
                String text = key + "='v" + i + "/'";
                MatchRule rule = MatchRule.parse(text);
                assertEquals(text, rule.toString());
                assertEquals(i, rule.args().get(0).index());
            }
        }
    }

    @Test
    void theSpecificationsTwoQuotingExamplesMeanTheSameArguments() {
        // arg0=''\''',arg1='\',arg2=',',arg3='\\'   and   arg0=\',arg1=\,arg2=',',arg3=\\
        MatchRule quoted = MatchRule.parse("arg0=''\\''',arg1='\\',arg2=',',arg3='\\\\'");
        MatchRule bare = MatchRule.parse("arg0=\\',arg1=\\,arg2=',',arg3=\\\\");
        List<ArgMatch> expected = List.of(ArgMatch.string(0, "'"), ArgMatch.string(1, "\\"),
                ArgMatch.string(2, ","), ArgMatch.string(3, "\\\\"));
        assertEquals(expected, quoted.args());
        assertEquals(expected, bare.args());
        assertEquals(quoted, bare);
        assertEquals("arg0=\\',arg1='\\',arg2=',',arg3='\\\\'", quoted.toString());
    }

    @Test
    void libdbusExtraWhitespaceAndUselessQuotesAreAccepted() {
        // from dbus-daemon's own parser test (bus/signals.c, test_parsing)
        MatchRule plain = MatchRule.parse("type='signal',sender='org.freedesktop.DBusSender',"
                + "interface='org.freedesktop.DBusInterface',member='Foo',path='/bar/foo',destination=':452345.34'");
        MatchRule spaced = MatchRule.parse("    type='signal',  \tsender='org.freedes''ktop.DBusSender',   "
                + "interface='org.freedesktop.DBusInterface''''', \tmember='Foo',path='/bar/foo',"
                + "destination=':452345.34'''''");
        assertEquals(plain, spaced);
        assertEquals("org.freedesktop.DBusSender", spaced.sender().value());
    }

    @Test
    void valuesMayBeUnquotedAndWhitespaceBetweenKeyAndEqualsIsSkipped() {
        assertEquals(MatchRule.parse("type='signal',member='Foo'"), MatchRule.parse("type=signal,member=Foo"));
        assertEquals(MatchRule.parse("type='signal'"), MatchRule.parse("\r\n type \t='signal'"));
    }

    @Test
    void whitespaceInsideAValueIsPartOfIt() {
        assertEquals(ArgMatch.string(0, " x "), MatchRule.parse("arg0= x ").args().get(0));
        assertEquals(ArgMatch.string(0, " x"), MatchRule.parse("arg0= 'x'").args().get(0));
    }

    @Test
    void aBackslashOutsideQuotesIsItselfUnlessAnApostropheFollows() {
        assertEquals("a\\", MatchRule.parse("arg0=a\\").args().get(0).value(), "a backslash at the very end");
        assertEquals("\\", MatchRule.parse("arg0=\\,").args().get(0).value(), "the comma still ends the value");
        assertEquals("\\'", MatchRule.parse("arg0=\\\\'").args().get(0).value(), "\\ then \\' is \\ then '");
        assertEquals("a\\b", MatchRule.parse("arg0=a\\b").args().get(0).value());
        assertEquals("'", MatchRule.parse("arg0=\\'").args().get(0).value());
        assertEquals("\\'", MatchRule.parse("arg0='\\'\\'").args().get(0).value(), "inside quotes it is itself");
    }

    @Test
    void aCommaAfterABackslashEndsTheValueAsTheSpecificationSaysThoughDbusDaemonReadsOn() {
        // dbus-daemon 1.14 reads arg0=a\,arg1=b as one condition, arg0 = "a\,arg1=b" (and accepts
        // arg1=\,arg1='x'); the specification's own example (arg1=\,arg2=',') says a backslash not followed by
        // an apostrophe is itself, and nothing escapes a comma outside quotes
        MatchRule r = MatchRule.parse("arg0=a\\,arg1=b");
        assertEquals(List.of(ArgMatch.string(0, "a\\"), ArgMatch.string(1, "b")), r.args());
    }

    @Test
    void libdbusEqualityPairsParseEqualAndFormatAlike() {
        // dbus-daemon's own parser test (bus/signals.c, equality_tests)
        String[][] pairs = {
            {"type='signal',interface='foo.bar'", "interface='foo.bar',type='signal'"},
            {"type='method_call',arg0='blah',arg1='baz'", "arg0='blah',arg1='baz',type='method_call'"},
            {"member=escape", "member='escape'"},
            {"member=icecream", "member=ice'cream'"},
            {"arg0='comma,type=comma',type=signal", "type=signal,arg0='comma,type=comma'"},
            {"arg0=escap\\e", "arg0='escap\\e'"},
            {"arg0=Time: 8 o\\'clock", "arg0='Time: 8 o'\\''clock'"},
        };
        for (String[] pair : pairs) {
            MatchRule first = MatchRule.parse(pair[0]);
            assertEquals(first, MatchRule.parse(pair[1]), pair[0]);
            assertEquals(first.toString(), MatchRule.parse(pair[1]).toString());
            assertEquals(first, MatchRule.parse(first.toString()));
        }
        assertEquals("Time: 8 o'clock", MatchRule.parse("arg0=Time: 8 o\\'clock").args().get(0).value());
    }

    @Test
    void quotedSectionsConcatenate() {
        assertEquals("abc", MatchRule.parse("arg0='a'b'c'").args().get(0).value());
        assertEquals("", MatchRule.parse("arg0=''''").args().get(0).value());
        assertEquals("", MatchRule.parse("arg0=").args().get(0).value(), "an empty unquoted value");
    }

    @Test
    void emptyAndWhitespaceOnlyRulesAreTheRuleThatMatchesEverything() {
        assertEquals(MatchRule.ALL, MatchRule.parse(""));
        assertEquals(MatchRule.ALL, MatchRule.parse(" \t\r\n"));
        assertEquals("", MatchRule.ALL.toString());
    }

    @Test
    void oneTrailingCommaIsAcceptedAsDbusDaemonDoes() {
        assertEquals(MatchRule.parse("type='signal'"), MatchRule.parse("type='signal',"));
        assertEquals(MatchRule.parse("type='signal'"), MatchRule.parse("type='signal', "));
    }

    @Test
    void eavesdropMayRepeatAndTheLastOneCounts() {
        assertTrue(MatchRule.parse("eavesdrop='false',eavesdrop='true'").eavesdrop());
        assertFalse(MatchRule.parse("eavesdrop='true',eavesdrop='false'").eavesdrop());
        assertEquals(MatchRule.ALL, MatchRule.parse("eavesdrop='false'"), "false is the default");
        assertEquals("", MatchRule.parse("eavesdrop=false").toString());
    }

    @Test
    void canonicalFormPutsKeysInTheSpecificationsOrderAndArgumentsByIndex() {
        MatchRule r = MatchRule.parse("eavesdrop='true',arg2='c',arg0='a',destination=':1.1',path='/p',member='M',"
                + "interface='a.b',sender=':1.2',type='error',arg1path='/b'");
        assertEquals("type='error',sender=':1.2',interface='a.b',member='M',path='/p',destination=':1.1',"
                + "arg0='a',arg1path='/b',arg2='c',eavesdrop='true'", r.toString());
    }

    @Test
    void canonicalQuotingPutsApostrophesOutsideQuotes() {
        assertEquals("arg0='it'\\''s'", MatchRule.builder().arg(0, "it's").build().toString());
        assertEquals("arg0=\\''quoted'\\'", MatchRule.builder().arg(0, "'quoted'").build().toString());
        assertEquals("arg0=''", MatchRule.builder().arg(0, "").build().toString());
        assertEquals("arg0='a,b\\c= d'", MatchRule.builder().arg(0, "a,b\\c= d").build().toString());
        assertEquals("arg0='ünï ☃ 😀'", MatchRule.builder().arg(0, "ünï ☃ 😀").build().toString());
    }

    @Test
    void argMatchToStringIsItsPieceOfTheText() {
        assertEquals("arg0path='/aa/bb/'", ArgMatch.path(0, "/aa/bb/").toString());
        assertEquals("arg0namespace='org'", ArgMatch.namespace("org").key() + "='org'");
    }

    @Test
    void aRuleOfExactlyTheLimitIsAccepted() {
        String prefix = "arg0='";
        String text = prefix + "x".repeat(MatchRule.MAX_LENGTH - prefix.length() - 1) + "'";
        assertEquals(MatchRule.MAX_LENGTH, text.length());
        assertEquals(text, MatchRule.parse(text).toString());
        String multibyte = prefix + "é".repeat((MatchRule.MAX_LENGTH - prefix.length() - 1) / 2) + "'";
        assertEquals(MatchRule.MAX_LENGTH - 1, RuleText.utf8Length(multibyte));
        assertEquals(multibyte, MatchRule.parse(multibyte).toString());
    }
}
