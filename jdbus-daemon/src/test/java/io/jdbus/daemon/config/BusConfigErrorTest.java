package io.jdbus.daemon.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a file can be wrong gives an InvalidConfigException naming the file, the line and the fault. */
class BusConfigErrorTest {
    private static final Path FILE = Path.of("session.conf");

    /** The fault is always on line 3: a header line, the listen line, then the faulty text. */
    static Stream<Arguments> faultsOnLine3() {
        return Stream.of(
            Arguments.of("an unknown element", "<bogus/>", "unknown element <bogus> inside <busconfig>"),
            Arguments.of("a misplaced element", "<policy context=\"default\"><fork/></policy>",
                    "<fork> is not allowed inside <policy>; it belongs inside <busconfig>"),
            Arguments.of("an element inside a text element", "<type>a<fork/></type>",
                    "<fork> is not allowed inside <type>"),
            Arguments.of("allow outside policy", "<allow own=\"*\"/>", "<allow> is not allowed inside <busconfig>"),
            Arguments.of("associate outside selinux", "<associate own=\"a\" context=\"b\"/>",
                    "<associate> is not allowed inside <busconfig>"),
            Arguments.of("a nested busconfig", "<busconfig/>", "<busconfig> is not allowed inside <busconfig>"),
            Arguments.of("an unknown attribute", "<fork now=\"yes\"/>", "attribute \"now\" is not allowed on <fork>"),
            Arguments.of("an unknown rule attribute", "<policy context=\"default\"><deny sendto=\"x\"/></policy>",
                    "attribute \"sendto\" is not allowed on <deny>"),
            Arguments.of("a rule without attributes", "<policy context=\"default\"><allow/></policy>",
                    "<allow> needs at least one attribute"),
            Arguments.of("a namespace declaration", "<listen xmlns=\"urn:x\">unix:tmpdir=/tmp</listen>",
                    "attribute \"xmlns\" is not allowed on <listen>"),
            Arguments.of("text in an empty element", "<fork>yes</fork>", "no text is allowed inside <fork>, got \"yes\""),
            Arguments.of("text in busconfig", "hello", "no text is allowed inside <busconfig>, got \"hello\""),
            Arguments.of("text in a policy", "<policy context=\"default\">allow all</policy>",
                    "no text is allowed inside <policy>, got \"allow all\""),
            Arguments.of("an empty type", "<type></type>", "<type> is empty; it needs a value between its tags"),
            Arguments.of("a blank listen", "<listen>  \n </listen>", "<listen> is empty"),
            Arguments.of("an empty include", "<include/>", "<include> is empty"),
            Arguments.of("an empty limit", "<limit name=\"auth_timeout\"/>", "<limit> is empty"),
            Arguments.of("a limit without a name", "<limit>5</limit>", "<limit> needs a \"name\" attribute"),
            Arguments.of("an unknown limit", "<limit name=\"max_bogus\">5</limit>",
                    "there is no limit called \"max_bogus\"; the limits are max_incoming_bytes"),
            Arguments.of("a limit that is not a number", "<limit name=\"auth_timeout\">abc</limit>",
                    "<limit name=\"auth_timeout\"> needs a number, got \"abc\""),
            Arguments.of("a number with trailing junk", "<limit name=\"auth_timeout\">12abc</limit>",
                    "<limit name=\"auth_timeout\"> needs a number, got \"12abc\""),
            Arguments.of("a hexadecimal limit", "<limit name=\"max_message_size\">0x10</limit>",
                    "needs a number, got \"0x10\""),
            Arguments.of("a negative limit", "<limit name=\"auth_timeout\">-5</limit>",
                    "<limit name=\"auth_timeout\"> cannot be negative, got -5"),
            Arguments.of("a timeout beyond an int", "<limit name=\"auth_timeout\">2147483648</limit>",
                    "<limit name=\"auth_timeout\"> is too large: 2147483648 (at most 2147483647)"),
            Arguments.of("a size beyond a long", "<limit name=\"max_message_size\">99999999999999999999</limit>",
                    "<limit name=\"max_message_size\"> is too large: 99999999999999999999"),
            Arguments.of("a policy with two selectors", "<policy context=\"default\" user=\"root\"/>",
                    "needs exactly one of the attributes context, user, group and at_console"),
            Arguments.of("a policy without a selector", "<policy/>", "needs exactly one of the attributes"),
            Arguments.of("an unknown policy context", "<policy context=\"sometimes\"/>",
                    "the context attribute of <policy> must be \"default\" or \"mandatory\", got \"sometimes\""),
            Arguments.of("an at_console that is not a boolean", "<policy at_console=\"maybe\"/>",
                    "the at_console attribute of <policy> must be \"true\" or \"false\", got \"maybe\""),
            Arguments.of("an include flag that is not yes or no", "<include ignore_missing=\"true\">x.conf</include>",
                    "the ignore_missing attribute of <include> must be \"yes\" or \"no\", got \"true\""),
            Arguments.of("an associate without a context", "<selinux><associate own=\"a.b\"/></selinux>",
                    "<associate> needs both the attributes own=\"<servicename>\" and context=\"<selinux context>\""),
            Arguments.of("an unknown apparmor mode", "<apparmor mode=\"strict\"/>",
                    "the mode attribute of <apparmor> must be \"required\", \"enabled\" or \"disabled\", got \"strict\""),
            Arguments.of("a missing include", "<include>nothere-4711.conf</include>",
                    "cannot include nothere-4711.conf: no such file"),
            Arguments.of("an unclosed element", "<type>session</busconfig>", "malformed XML: "),
            Arguments.of("an undeclared entity", "<type>&session;</type>", "malformed XML: "),
            Arguments.of("a file name with a NUL", "<pidfile>/run/a&#0;b</pidfile>", "malformed XML: "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faultsOnLine3")
    void aFaultIsReportedWithFileAndLine(String what, String fault, String expected) {
        String xml = "<busconfig>\n<listen>unix:tmpdir=/tmp</listen>\n" + fault + "\n</busconfig>\n";
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> BusConfigParser.parse(xml, FILE));
        assertTrue(e.getMessage().startsWith("session.conf:3: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(FILE, e.file());
        assertEquals(3, e.line());
    }

    static Stream<Arguments> wholeDocumentFaults() {
        return Stream.of(
            Arguments.of("an empty file", "", 1, "malformed XML: "),
            Arguments.of("plain text", "listen on /tmp please", 1, "malformed XML: "),
            Arguments.of("another root element", "<!-- x -->\n<config/>", 2,
                    "the root element must be <busconfig>, not <config>"),
            Arguments.of("a second root element", "<busconfig><listen>a</listen></busconfig>\n<busconfig/>", 2,
                    "malformed XML: "),
            Arguments.of("no listen", "<busconfig>\n</busconfig>", 1,
                    "the configuration needs one or more <listen> elements giving addresses"),
            Arguments.of("a truncated file", "<busconfig>\n<listen>unix:tmpdir=/tmp</listen>\n<type>ses", 3,
                    "malformed XML: "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wholeDocumentFaults")
    void aDocumentFaultIsReportedWithFileAndLine(String what, String xml, int line, String expected) {
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> BusConfigParser.parse(xml, FILE));
        assertTrue(e.getMessage().startsWith("session.conf:" + line + ": " + expected), e.getMessage());
        assertEquals(line, e.line());
    }
}
