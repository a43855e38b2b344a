package io.jdbus.daemon.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdbus.daemon.BusLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each element does, and how includes merge files into one configuration. */
class BusConfigParserTest {
    private static final String LISTEN = "<listen>unix:tmpdir=/tmp</listen>";

    @TempDir
    Path dir;

    private static BusConfig parse(String body) throws InvalidConfigException {
        return BusConfigParser.parse("<busconfig>" + body + "</busconfig>", Path.of("test.conf"));
    }

    private Path write(String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<busconfig>" + body + "</busconfig>");
        return file;
    }

    @Test
    void aMinimalConfigurationHasDbusDaemonsDefaults() throws Exception {
        BusConfig c = parse(LISTEN);
        assertEquals(Optional.empty(), c.type());
        assertEquals(List.of(), c.auth());
        assertEquals(BusLimits.DEFAULTS, c.limits());
        assertEquals(false, c.fork());
        assertEquals(false, c.allowAnonymous());
        assertEquals(List.of(), c.unsupported());
        assertEquals(List.of(Path.of("test.conf")), c.files());
    }

    @Test
    void listenAndAuthAddUpInOrder() throws Exception {
        BusConfig c = parse("<listen>unix:path=/tmp/a</listen><auth>EXTERNAL</auth><listen>tcp:host=localhost,port=0"
                + "</listen><auth>ANONYMOUS</auth>");
        assertEquals(List.of("unix:path=/tmp/a", "tcp:host=localhost,port=0"), c.listen());
        assertEquals(List.of("EXTERNAL", "ANONYMOUS"), c.auth());
    }

    @Test
    void typeUserAndPidFileAreLastWins() throws Exception {
        BusConfig c = parse(LISTEN + "<type>system</type><user>root</user><pidfile>/a</pidfile>"
                + "<type>session</type><user>messagebus</user><pidfile>/b</pidfile>");
        assertEquals(Optional.of("session"), c.type());
        assertEquals(Optional.of("messagebus"), c.user());
        assertEquals(Optional.of(Path.of("/b")), c.pidFile());
    }

    @Test
    void flagsAreSetByTheirEmptyElements() throws Exception {
        BusConfig c = parse(LISTEN + "<fork/><allow_anonymous/><keep_umask/>");
        assertTrue(c.fork());
        assertTrue(c.allowAnonymous());
        assertEquals(List.of(), c.unsupported(), "<keep_umask/> holds anyway: the bus never changes its umask");
    }

    @Test
    void textIsTrimmedAndMayBeSplitByCommentsOrCdata() throws Exception {
        BusConfig c = parse("<listen>\n  unix:<!-- a comment -->tmpdir=/tmp\n</listen><auth><![CDATA[EXTERNAL]]></auth>");
        assertEquals(List.of("unix:tmpdir=/tmp"), c.listen());
        assertEquals(List.of("EXTERNAL"), c.auth());
    }

    @ParameterizedTest(name = "<limit name=\"{0}\">{1}</limit>")
    @CsvSource({
        "max_incoming_bytes, 1000000000",
        "max_incoming_unix_fds, 250000000",
        "max_outgoing_bytes, 3000000000",
        "max_outgoing_unix_fds, 0",
        "max_message_size, 1000000000",
        "max_message_unix_fds, 64",
        "service_start_timeout, 120000",
        "auth_timeout, 240000",
        "pending_fd_timeout, 150000",
        "max_completed_connections, 100000",
        "max_incomplete_connections, 10000",
        "max_connections_per_user, 100000",
        "max_pending_service_starts, 10000",
        "max_names_per_connection, 50000",
        "max_match_rules_per_connection, 64",
        "max_replies_per_connection, 50000",
        "reply_timeout, 2147483647",
    })
    void everyLimitIsSetInBusLimitsWithTimeoutsInMilliseconds(String name, long value) throws Exception {
        BusConfig c = parse(LISTEN + "<limit name=\"" + name + "\"> " + value + " </limit>");
        assertEquals(BusLimits.DEFAULTS.with(name, value), c.limits());
    }

    @Test
    void aLimitIsLastWinsAndOthersKeepTheirDefaults() throws Exception {
        BusConfig c = parse(LISTEN + "<limit name=\"auth_timeout\">1000</limit><limit name=\"auth_timeout\">"
                + "2000</limit>");
        assertEquals(Duration.ofMillis(2000), c.limits().authTimeout());
        assertEquals(BusLimits.DEFAULTS.maxMessageSize(), c.limits().maxMessageSize());
    }

    @Test
    void allowUserRulesOfPoliciesSayWhoMayConnect() throws Exception {
        BusConfig c = parse(LISTEN + "<policy context=\"default\"><allow user=\"*\"/><allow own=\"*\"/></policy>"
                + "<policy context=\"mandatory\"><allow user=\"alice\"/><deny user=\"bob\"/></policy>");
        assertEquals(List.of("*", "alice"), c.connectUsers());
        assertEquals(List.of(), parse(LISTEN).connectUsers());
    }

    @Test
    void policyServiceActivationAndSecurityModulesAreReportedWithFileAndLine() throws Exception {
        BusConfig c = parse(LISTEN + "\n<policy context=\"default\"><allow own=\"*\"/><deny send_type=\"method_call\"/>"
                + "</policy>\n<policy user=\"root\"/>\n<servicedir>/usr/share/x</servicedir>\n"
                + "<standard_session_servicedirs/>\n<standard_system_servicedirs/>\n<servicehelper>/h</servicehelper>\n"
                + "<selinux><associate own=\"a.b\" context=\"c_t\"/></selinux>\n<apparmor mode=\"required\"/>\n"
                + "<syslog/>");
        assertEquals(List.of(
                "test.conf:2: <policy context=\"default\"> (no access-policy engine: everything is allowed but connecting, which follows its <allow user=\"...\"> rules)",
                "test.conf:3: <policy user=\"root\"> (no access-policy engine: everything is allowed but connecting, which follows its <allow user=\"...\"> rules)",
                "test.conf:4: <servicedir>/usr/share/x</servicedir> (no service activation)",
                "test.conf:5: <standard_session_servicedirs/> (no service activation)",
                "test.conf:6: <standard_system_servicedirs/> (no service activation)",
                "test.conf:7: <servicehelper>/h</servicehelper> (no service activation)",
                "test.conf:8: <selinux> (no SELinux: its <associate> elements are not applied)",
                "test.conf:9: <apparmor mode=\"required\"/> (no AppArmor mediation, although this file requires it)",
                "test.conf:10: <syslog/> (messages go to System.Logger)"), c.unsupported());
    }

    @Test
    void anIncludedFileIsMergedWhereItIsIncluded() throws Exception {
        write("inner.conf", "<listen>unix:path=/b</listen><type>inner</type><limit name=\"auth_timeout\">5</limit>");
        Path outer = write("outer.conf", "<listen>unix:path=/a</listen><include>inner.conf</include>"
                + "<listen>unix:path=/c</listen><limit name=\"auth_timeout\">7</limit>");
        BusConfig c = BusConfigParser.parse(outer);
        assertEquals(List.of("unix:path=/a", "unix:path=/b", "unix:path=/c"), c.listen());
        assertEquals(Optional.of("inner"), c.type());
        assertEquals(Duration.ofMillis(7), c.limits().authTimeout(), "the includer's later limit wins");
        assertEquals(List.of(outer, dir.resolve("inner.conf")), c.files());
    }

    @Test
    void relativeIncludesResolveAgainstTheIncludingFilesDirectory() throws Exception {
        write("sub/inner.conf", "<listen>unix:path=/inner</listen>");
        write("sub/middle.conf", "<include>inner.conf</include>");
        Path top = write("top.conf", "<include>sub/middle.conf</include><include>" + dir.resolve("sub/inner.conf")
                + "</include>");
        BusConfig c = BusConfigParser.parse(top);
        assertEquals(List.of("unix:path=/inner", "unix:path=/inner"), c.listen(), "including a file twice is fine");
        assertEquals(List.of(top, dir.resolve("sub/middle.conf"), dir.resolve("sub/inner.conf"),
                dir.resolve("sub/inner.conf")), c.files());
    }

    @Test
    void aParsedStringResolvesIncludesAgainstItsPretendFile() throws Exception {
        write("local.conf", "<auth>EXTERNAL</auth>");
        BusConfig c = BusConfigParser.parse("<busconfig>" + LISTEN + "<include>local.conf</include></busconfig>",
                dir.resolve("pretend.conf"));
        assertEquals(List.of("EXTERNAL"), c.auth());
    }

    @Test
    void aMissingIncludeIsIgnoredOnlyWhenAskedTo() throws Exception {
        Path ok = write("ok.conf", LISTEN + "<include ignore_missing=\"yes\">nothere.conf</include>");
        assertEquals(List.of(ok), BusConfigParser.parse(ok).files());
        Path bad = write("bad.conf", LISTEN + "\n<include ignore_missing=\"no\">nothere.conf</include>");
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> BusConfigParser.parse(bad));
        assertEquals(bad + ":2: cannot include " + dir.resolve("nothere.conf") + ": no such file", e.getMessage());
    }

    @Test
    void selinuxIncludesAreSkippedBecauseSelinuxIsNeverEnabledHere() throws Exception {
        BusConfig c = parse(LISTEN + "<include if_selinux_enabled=\"yes\" selinux_root_relative=\"yes\">contexts/"
                + "dbus_contexts</include><include selinux_root_relative=\"yes\">x</include>");
        assertEquals(2, c.unsupported().size());
        assertTrue(c.unsupported().getFirst().endsWith("contexts/dbus_contexts</include> skipped (SELinux is never "
                + "enabled here)"), c.unsupported().getFirst());
    }

    @Test
    void includeDirReadsEveryConfFileSortedByName() throws Exception {
        for (String name : List.of("z.conf", "a.conf", "m.conf", ".hidden.conf")) {
            write("d/" + name, "<listen>unix:path=/" + name + "</listen>");
        }
        Files.writeString(dir.resolve("d/notes.txt"), "not a configuration");
        Files.createDirectories(dir.resolve("d/sub.conf"));
        Path top = write("top.conf", "<listen>unix:path=/first</listen><includedir>d</includedir><includedir>"
                + "missing.d</includedir><listen>unix:path=/last</listen>");
        BusConfig c = BusConfigParser.parse(top);
        assertEquals(List.of("unix:path=/first", "unix:path=/.hidden.conf", "unix:path=/a.conf", "unix:path=/m.conf",
                "unix:path=/z.conf", "unix:path=/last"), c.listen());
        assertEquals(5, c.files().size());
    }

    @Test
    void aBrokenFileOfAnIncludeDirIsSkippedAndReportedAsDbusDaemonDoes() throws Exception {
        write("d/1.conf", "<auth>EXTERNAL</auth>");
        write("d/2.conf", "<auth>ANONYMOUS</auth><listen>unix:path=/half</listen><bogus/>");
        write("d/3.conf", "<auth>DBUS_COOKIE_SHA1</auth>");
        Path top = write("top.conf", LISTEN + "<includedir>d</includedir>");
        BusConfig c = BusConfigParser.parse(top);
        assertEquals(List.of("EXTERNAL", "DBUS_COOKIE_SHA1"), c.auth(), "nothing of the broken file is kept");
        assertEquals(List.of("unix:tmpdir=/tmp"), c.listen());
        assertEquals(List.of(top, dir.resolve("d/1.conf"), dir.resolve("d/3.conf")), c.files());
        assertEquals(1, c.unsupported().size());
        assertTrue(c.unsupported().getFirst().startsWith(top + ":1: skipped " + dir.resolve("d/2.conf")),
                c.unsupported().getFirst());
        assertTrue(c.unsupported().getFirst().contains("unknown element <bogus>"), c.unsupported().getFirst());
    }

    @Test
    void anIncludeCycleIsAnErrorThatShowsTheChain() throws Exception {
        write("a.conf", LISTEN + "\n<include>b.conf</include>");
        write("b.conf", "\n\n<include>a.conf</include>");
        InvalidConfigException e = assertThrows(InvalidConfigException.class,
                () -> BusConfigParser.parse(dir.resolve("a.conf")));
        assertEquals(dir.resolve("b.conf") + ":3: circular inclusion of " + dir.resolve("a.conf") + ": "
                + dir.resolve("a.conf") + " -> " + dir.resolve("b.conf") + " -> " + dir.resolve("a.conf")
                + " (included from " + dir.resolve("a.conf") + ":2)", e.getMessage());
    }

    @Test
    void aCycleThroughADifferentSpellingOfTheSamePathIsFound() throws Exception {
        Path self = write("self.conf", LISTEN + "<include>sub/../self.conf</include>");
        Files.createDirectories(dir.resolve("sub"));
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> BusConfigParser.parse(self));
        assertTrue(e.getMessage().contains("circular inclusion"), e.getMessage());
    }

    @Test
    void aCycleThroughASymbolicLinkIsFound() throws Exception {
        Path self = write("self.conf", LISTEN + "<include>link.conf</include>");
        Files.createSymbolicLink(dir.resolve("link.conf"), self);
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> BusConfigParser.parse(self));
        assertTrue(e.getMessage().contains("circular inclusion of " + dir.resolve("link.conf")), e.getMessage());
    }

    @Test
    void anErrorInAnIncludedFileNamesThatFileAndWhereItWasIncluded() throws Exception {
        write("inner.conf", "\n<limit name=\"auth_timeout\">abc</limit>");
        Path outer = write("outer.conf", LISTEN + "\n\n<include>inner.conf</include>");
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> BusConfigParser.parse(outer));
        assertEquals(dir.resolve("inner.conf"), e.file());
        assertEquals(2, e.line());
        assertEquals(dir.resolve("inner.conf") + ":2: <limit name=\"auth_timeout\"> needs a number, got \"abc\" "
                + "(included from " + outer + ":3)", e.getMessage());
    }

    @Test
    void aMissingTopFileIsAnErrorNamingIt() {
        Path missing = dir.resolve("missing.conf");
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> BusConfigParser.parse(missing));
        assertEquals(missing + ": cannot read the configuration file: no such file", e.getMessage());
        assertEquals(0, e.line());
    }
}
