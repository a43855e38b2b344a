package io.jdbus.daemon.config;

import java.io.StringReader;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the SAX events of one configuration file into a {@link ConfigState}, checking every element, attribute
 * and text as dbus-daemon's {@code bus/config-parser.c} does; {@code <include>} and {@code <includedir>} are handed
 * to {@link Includes}, which reads the other files into the same state at that point.
 */
final class ConfigFileHandler extends DefaultHandler {

    /** Reads the files an {@code <include>} or {@code <includedir>} names, relative to {@code from}. */
    interface Includes {
        void include(Path from, int line, String name, boolean ignoreMissing) throws InvalidConfigException;

        void includeDir(Path from, int line, String name) throws InvalidConfigException;
    }

    /** Carries an {@link InvalidConfigException} out through the SAX parser. */
    static final class Abort extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient InvalidConfigException error;

        Abort(InvalidConfigException error) {
            super(error.getMessage());
            this.error = error;
        }

        InvalidConfigException error() {
            return error;
        }
    }

    /** An element whose end tag has not been read yet. */
    private record Open(ConfigElement element, int line, Map<String, String> attributes, StringBuilder text) {
    }

    private final Path file;
    private final ConfigState state;
    private final Includes includes;
    private final Deque<Open> open = new ArrayDeque<>();
    private Locator locator;
    private int rootLine;

    ConfigFileHandler(Path file, ConfigState state, Includes includes) {
        this.file = file;
        this.state = state;
        this.includes = includes;
    }

    /** The line the parser is on, from 1. */
    int line() {
        return locator == null ? 1 : Math.max(1, locator.getLineNumber());
    }

    /** The line of the {@code <busconfig>} start tag, or 0 before it was read. */
    int rootLine() {
        return rootLine;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
        return new InputSource(new StringReader("")); // never fetch anything, whatever the DOCTYPE says
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        if (!name.equals("[dtd]")) {
            throw fail(line(), "the entity &" + name + "; is external or declared in an external DTD, and those are "
                    + "never loaded");
        }
    }

    @Override
    public void startElement(String uri, String localName, String tag, Attributes attributes) throws SAXException {
        int line = line();
        Optional<ConfigElement> known = ConfigElement.named(tag);
        Open parent = open.peek();
        if (parent == null) {
            if (known.orElse(null) != ConfigElement.BUSCONFIG) {
                throw fail(line, "the root element must be <busconfig>, not <" + tag + ">");
            }
            rootLine = line;
        } else if (known.isEmpty()) {
            throw fail(line, "unknown element <" + tag + "> inside <" + parent.element().tag() + ">");
        } else if (known.get().parent().orElse(null) != parent.element()) {
            throw fail(line, "<" + tag + "> is not allowed inside <" + parent.element().tag() + ">"
                    + known.get().parent().map(p -> "; it belongs inside <" + p.tag() + ">")
                            .orElse("; it is the root element"));
        }
        ConfigElement element = known.orElseThrow();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.getQName(i);
            if (!element.allows(name)) {
                throw fail(line, "attribute \"" + name + "\" is not allowed on <" + tag + ">");
            }
            values.put(name, attributes.getValue(i));
        }
        started(element, line, values);
        open.push(new Open(element, line, values, new StringBuilder()));
    }

    @Override
    public void characters(char[] chars, int start, int length) throws SAXException {
        Open top = open.peek();
        if (top == null) {
            return;
        }
        if (top.element().holds() == ConfigElement.Holds.TEXT) {
            top.text().append(chars, start, length);
            return;
        }
        String chunk = new String(chars, start, length);
        String text = chunk.strip();
        if (!text.isEmpty()) {
            // the locator is at the end of the chunk: count back to the line the text starts on
            int after = (int) chunk.substring(chunk.indexOf(text.charAt(0))).chars().filter(c -> c == '\n').count();
            throw fail(Math.max(1, line() - after), "no text is allowed inside <" + top.element().tag() + ">, got \""
                    + shorten(text) + "\"");
        }
    }

    @Override
    public void endElement(String uri, String localName, String tag) throws SAXException {
        Open done = open.pop();
        if (done.element().holds() == ConfigElement.Holds.TEXT) {
            String text = done.text().toString().strip();
            if (text.isEmpty()) {
                throw fail(done.line(), "<" + tag + "> is empty; it needs a value between its tags");
            }
            ended(done, text);
        }
    }

    /** Checks an element's attributes and applies an element that holds no text. */
    private void started(ConfigElement element, int line, Map<String, String> attributes) throws SAXException {
        String where = InvalidConfigException.where(file, line);
        switch (element) {
            case POLICY -> {
                checkPolicy(line, attributes);
                state.unsupported(where, "<policy" + render(attributes)
                        + "> (no access-policy engine: everything is allowed but connecting, which follows its "
                        + "<allow user=\"...\"> rules)");
            }
            case INCLUDE -> {
                for (Map.Entry<String, String> a : attributes.entrySet()) {
                    if (!a.getValue().equals("yes") && !a.getValue().equals("no")) {
                        throw fail(line, "the " + a.getKey() + " attribute of <include> must be \"yes\" or \"no\", "
                                + "got \"" + a.getValue() + "\"");
                    }
                }
            }
            case LIMIT -> {
                if (!attributes.containsKey("name")) {
                    throw fail(line, "<limit> needs a \"name\" attribute");
                }
            }
            case ALLOW, DENY -> {
                if (attributes.isEmpty()) {
                    throw fail(line, "<" + element.tag() + "> needs at least one attribute, such as own=\"...\"");
                }
                if (element == ConfigElement.ALLOW && attributes.containsKey("user")) {
                    state.connectUser(attributes.get("user"));   // who may connect: applied, unlike the rest
                }
            }
            case ASSOCIATE -> {
                if (!attributes.containsKey("own") || !attributes.containsKey("context")) {
                    throw fail(line, "<associate> needs both the attributes own=\"<servicename>\" and "
                            + "context=\"<selinux context>\"");
                }
            }
            case APPARMOR -> {
                String mode = attributes.getOrDefault("mode", "enabled");
                if (!List.of("required", "enabled", "disabled").contains(mode)) {
                    throw fail(line, "the mode attribute of <apparmor> must be \"required\", \"enabled\" or "
                            + "\"disabled\", got \"" + mode + "\"");
                }
                state.unsupported(where, "<apparmor" + render(attributes) + "/> (no AppArmor mediation"
                        + (mode.equals("required") ? ", although this file requires it)" : ")"));
            }
            case SELINUX -> state.unsupported(where, "<selinux> (no SELinux: its <associate> elements are not applied)");
            case STANDARD_SESSION_SERVICEDIRS, STANDARD_SYSTEM_SERVICEDIRS ->
                    state.unsupported(where, "<" + element.tag() + "/> (no service activation)");
            case SYSLOG -> state.unsupported(where, "<syslog/> (messages go to System.Logger)");
            case FORK -> state.fork();
            case ALLOW_ANONYMOUS -> state.allowAnonymous();
            case BUSCONFIG, USER, TYPE, KEEP_UMASK, PIDFILE, SERVICEHELPER, LISTEN, AUTH, INCLUDEDIR, SERVICEDIR -> {
                // nothing to check before the text; <keep_umask/> holds anyway, as this bus never changes its umask
            }
        }
    }

    /** Applies an element that holds text, once its text is known. */
    private void ended(Open done, String text) throws SAXException {
        String where = InvalidConfigException.where(file, done.line());
        switch (done.element()) {
            case USER -> state.user(text);
            case TYPE -> state.type(text);
            case PIDFILE -> state.pidFile(path(done.line(), text));
            case LISTEN -> state.listen(text);
            case AUTH -> state.auth(text);
            case SERVICEDIR, SERVICEHELPER -> state.unsupported(where, "<" + done.element().tag() + ">" + text + "</"
                    + done.element().tag() + "> (no service activation)");
            case LIMIT -> {
                try {
                    state.limits(LimitSetting.parse(done.attributes().get("name"), text).applyTo(state.limits()));
                } catch (IllegalArgumentException e) {
                    throw fail(done.line(), e.getMessage());
                }
            }
            case INCLUDE -> {
                Map<String, String> attributes = done.attributes();
                if (yes(attributes, "if_selinux_enabled") || yes(attributes, "selinux_root_relative")) {
                    state.unsupported(where, "<include" + render(attributes) + ">" + text
                            + "</include> skipped (SELinux is never enabled here)");
                } else {
                    include(() -> includes.include(file, done.line(), text, yes(attributes, "ignore_missing")));
                }
            }
            case INCLUDEDIR -> include(() -> includes.includeDir(file, done.line(), text));
            case BUSCONFIG, FORK, KEEP_UMASK, SYSLOG, STANDARD_SESSION_SERVICEDIRS, STANDARD_SYSTEM_SERVICEDIRS, POLICY,
                 ALLOW, DENY, SELINUX, ASSOCIATE, ALLOW_ANONYMOUS, APPARMOR -> {
                // these hold no text
            }
        }
    }

    private interface Inclusion {
        void run() throws InvalidConfigException;
    }

    private static void include(Inclusion inclusion) throws Abort {
        try {
            inclusion.run();
        } catch (InvalidConfigException e) {
            throw new Abort(e);
        }
    }

    private void checkPolicy(int line, Map<String, String> attributes) throws Abort {
        if (attributes.size() != 1) {
            throw fail(line, "<policy" + render(attributes) + "> needs exactly one of the attributes context, user, "
                    + "group and at_console");
        }
        String context = attributes.get("context");
        if (context != null && !context.equals("default") && !context.equals("mandatory")) {
            throw fail(line, "the context attribute of <policy> must be \"default\" or \"mandatory\", got \""
                    + context + "\"");
        }
        String atConsole = attributes.get("at_console");
        if (atConsole != null && !atConsole.equals("true") && !atConsole.equals("false")) {
            throw fail(line, "the at_console attribute of <policy> must be \"true\" or \"false\", got \"" + atConsole
                    + "\"");
        }
    }

    private Path path(int line, String text) throws Abort {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw fail(line, "\"" + shorten(text) + "\" is not a file name: " + e.getReason());
        }
    }

    private static boolean yes(Map<String, String> attributes, String name) {
        return "yes".equals(attributes.get(name));
    }

    private static String render(Map<String, String> attributes) {
        return attributes.entrySet().stream().map(a -> " " + a.getKey() + "=\"" + a.getValue() + "\"")
                .collect(Collectors.joining());
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private Abort fail(int line, String problem) {
        return new Abort(new InvalidConfigException(file, line, problem));
    }
}
