package io.jdbus.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.names.InvalidNameException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed rules: each is an {@link InvalidMatchRuleException} that quotes the rule and says what is wrong. */
class MatchRuleRejectionTest {

    static InvalidMatchRuleException rejected(String text, String reason) {
        InvalidMatchRuleException e = assertThrows(InvalidMatchRuleException.class, () -> MatchRule.parse(text),
                () -> "should be rejected: " + text);
        String quoted = RuleText.quote(text);
        assertTrue(e.getMessage().startsWith("invalid match rule " + quoted + ": "),
                () -> "message should quote the rule: " + e.getMessage());
        assertTrue(e.getMessage().contains(reason), () -> "message should say \"" + reason + "\": " + e.getMessage());
        return e;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // structure
        "type                              | key \"type\" at index 0 has no '=' after it",
        "type='signal',member              | key \"member\" at index 14 has no '=' after it",
        "ty pe='signal'                    | key \"ty\" at index 0 has no '=' after it",
        "type='signal',,member='M'         | empty piece at index 14",
        ",type='signal'                    | empty piece at index 0",
        "type='signal',,                   | empty piece at index 14",
        "='signal'                         | '=' at index 0 has no key before it",
        "type='signal                      | the quote opened at index 5 is not closed",
        "arg0='a',arg1='b                  | the quote opened at index 14 is not closed",
        "arg0=\\''                         | the quote opened at index 7 is not closed",
        // keys
        "typ='signal'                      | unknown key \"typ\" at index 0; the keys are type, sender",
        "Type='signal'                     | unknown key \"Type\"",
        "path_namespaces='/'               | unknown key \"path_namespaces\"",
        "type='signal',type='error'        | key \"type\" is given twice (at index 0 and 14)",
        "sender=':1.1',sender=':1.1'       | key \"sender\" is given twice",
        "interface='a.b',interface='a.b'   | key \"interface\" is given twice",
        "member='M',member='N'             | key \"member\" is given twice",
        "path='/a',path='/a'               | key \"path\" is given twice",
        "path_namespace='/a',path_namespace='/b' | key \"path_namespace\" is given twice",
        "destination=':1.1',destination=':1.2'   | key \"destination\" is given twice",
        "path='/a',path_namespace='/a'     | path and path_namespace are both given (at index 0 and 10)",
        "path_namespace='/a',path='/a/b'   | path and path_namespace are both given",
        // argument keys
        "arg='x'                           | key \"arg\" at index 0 lacks an argument number",
        "argpath='/x'                      | key \"argpath\" at index 0 lacks an argument number",
        "arg64='x'                         | argument number 64 is outside 0..63",
        "arg64path='/'                     | argument number 64 is outside 0..63",
        "arg4294967296='x'                 | argument number 4294967296 is outside 0..63",
        "arg01='x'                         | argument number \"01\" has a leading zero",
        "arg00='x'                         | has a leading zero",
        "arg+1='x'                         | lacks an argument number",
        "arg0x1='x'                        | has \"x1\" after the argument number",
        "arg0Path='/'                      | has \"Path\" after the argument number",
        "arg1namespace='org'               | a namespace match exists for argument 0 only",
        "arg0='a',arg0='b'                 | argument 0 is matched twice (arg0 at index 0, arg0 at index 9)",
        "arg0='a',arg0path='/'             | argument 0 is matched twice (arg0 at index 0, arg0path at index 9)",
        "arg0path='/',arg0namespace='org'  | argument 0 is matched twice",
        // values
        "type='Signal'                     | type \"Signal\" at index 0 is not one of 'signal', 'method_call'",
        "type=' signal'                    | type \" signal\"",
        "type='signal' ,member='M'         | type \"signal \"",
        "type=''                           | type \"\"",
        "eavesdrop='yes'                   | eavesdrop \"yes\" at index 0 is neither 'true' nor 'false'",
        "eavesdrop=''                      | is neither 'true' nor 'false'",
        "sender='org'                      | value of key \"sender\" at index 0: invalid well-known bus name \"org\"",
        "sender=':1.1.'                    | invalid unique bus name",
        "sender=''                         | value of key \"sender\"",
        "destination='7up.example'         | value of key \"destination\" at index 0: invalid well-known bus name",
        "interface='org.example.my-iface'  | value of key \"interface\" at index 0: invalid interface name",
        "member='com.example.Foo'          | value of key \"member\" at index 0: invalid member name",
        "member=''                         | invalid member name \"\": empty",
        "path='/trailing/'                 | value of key \"path\" at index 0: invalid object path \"/trailing/\": ends with '/'",
        "path_namespace='a'                | value of key \"path_namespace\" at index 0: invalid object path",
        "arg0namespace=''                  | value of arg0namespace \"\" is not a bus name or a prefix of one: empty",
        "arg0namespace='com.'              | value of arg0namespace \"com.\" is not a bus name or a prefix of one",
        "arg0namespace='7zip'              | starts with a digit",
        "arg0namespace='a b'               | character U+0020 at index 1 is not in [A-Za-z0-9_-]",
        "arg0namespace=':1'                | is not a bus name or a prefix of one",
    })
    void malformedRulesAreRejectedWithTheRuleAndTheReason(String text, String reason) {
        rejected(text, reason);
    }

    @Test
    void aNameErrorIsKeptAsTheCause() {
        InvalidMatchRuleException e = rejected("interface='x'", "invalid interface name");
        assertTrue(e.getCause() instanceof InvalidNameException, String.valueOf(e.getCause()));
    }

    @Test
    void textLongerThan1024BytesIsRejectedBeforeItIsRead() {
        String prefix = "arg0='";
        String text = prefix + "x".repeat(MatchRule.MAX_LENGTH - prefix.length()) + "'";
        assertEquals(MatchRule.MAX_LENGTH + 1, text.length());
        rejected(text, "it is 1025 bytes long, the limit is 1024");
        rejected("  ".repeat(100_000), "it is 200000 bytes long");
    }

    @Test
    void theLimitCountsUtf8BytesNotCharacters() {
        String text = "arg0='" + "é".repeat(510) + "'";   // 1017 characters, 1027 bytes
        assertTrue(text.length() < MatchRule.MAX_LENGTH);
        rejected(text, "it is 1027 bytes long, the limit is 1024");
    }

    @Test
    void aRuleWhoseCanonicalTextWouldPassTheLimitIsRejectedSoThatEveryRuleFormatsWithinIt() {
        // 1024 bytes as given, unquoted; quoting in the canonical form adds 2
        String text = "arg0=" + "x".repeat(MatchRule.MAX_LENGTH - 5);
        assertEquals(MatchRule.MAX_LENGTH, text.length());
        rejected(text, "its canonical text is 1026 bytes, the limit is 1024");
    }

    @Test
    void nulIsRejectedBecauseNoDbusStringHoldsIt() {
        rejected("arg0='a\0b'", "U+0000 at index 7");
        assertThrows(InvalidMatchRuleException.class, () -> ArgMatch.string(0, "\0"));
    }

    @Test
    void unpairedSurrogatesAreRejectedBecauseTheyHaveNoUtf8Form() {
        rejected("arg0='\uD800'", "an unpaired surrogate U+D800 at index 6");
        rejected("arg0='x\uDC00'", "an unpaired surrogate U+DC00 at index 7");
        assertThrows(InvalidMatchRuleException.class, () -> MatchRule.builder().argPath(2, "/\uD83D"));
        assertEquals("\uD83D\uDE00", MatchRule.parse("arg0='\uD83D\uDE00'").args().get(0).value());
    }

    @Test
    void controlCharactersInTheRuleAreEscapedInTheMessage() {
        InvalidMatchRuleException e = rejected("typo='x'\n[fake log line]", "unknown key");
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("\\u000a[fake log line]"), e.getMessage());
    }

    @Test
    void nullTextIsANullPointerException() {
        assertThrows(NullPointerException.class, () -> MatchRule.parse(null));
    }
}
