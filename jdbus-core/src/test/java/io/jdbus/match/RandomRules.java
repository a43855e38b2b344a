package io.jdbus.match;

import io.jdbus.message.MessageType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random match rules for the properties, and random but valid ways of writing a rule's text other than the
 * canonical one: keys in any order, whitespace where it is skipped, values quoted, bare, or both in pieces.
 */
final class RandomRules {
    /** Characters values are made of: the ones the quoting rules are about, whitespace, and non-ASCII. */
    private static final String[] VALUE_CHARS = {
        "'", "\\", ",", "=", " ", "\t", "/", ".", ":", "a", "b", "Z", "0", "9", "_", "-", "é", "☃", "😀",
    };
    private static final String[] NAMES = {":1.42", "org.freedesktop.DBus", "com.example-corp.App", "a.b", ":x.y_z"};
    private static final String[] INTERFACES = {"org.freedesktop.DBus.Properties", "a.b", "com.example.I_0"};
    private static final String[] MEMBERS = {"NameOwnerChanged", "M", "_x9"};
    private static final String[] PATHS = {"/", "/a", "/org/example/obj_0", "/A/b/C"};
    private static final String[] NAMESPACES = {"com", "com.example", ":1.42", "a-b", "_"};

    private final SplittableRandom random;

    RandomRules(long seed) {
        this.random = new SplittableRandom(seed);
    }

    MatchRule rule() {
        MatchRuleBuilder b = MatchRule.builder();
        if (random.nextBoolean()) {
            b.type(MessageType.values()[random.nextInt(4)]);
        }
        if (random.nextBoolean()) {
            b.sender(pick(NAMES));
        }
        if (random.nextBoolean()) {
            b.interfaceName(pick(INTERFACES));
        }
        if (random.nextBoolean()) {
            b.member(pick(MEMBERS));
        }
        switch (random.nextInt(3)) {
            case 0 -> b.path(pick(PATHS));
            case 1 -> b.pathNamespace(pick(PATHS));
            default -> { }
        }
        if (random.nextBoolean()) {
            b.destination(pick(NAMES));
        }
        int args = random.nextInt(6);
        for (int i = 0; i < args; i++) {
            int index = random.nextInt(4) == 0 ? 0 : random.nextInt(ArgMatch.MAX_INDEX + 1);
            switch (random.nextInt(index == 0 ? 3 : 2)) {
                case 0 -> b.arg(index, value());
                case 1 -> b.argPath(index, value());
                default -> b.arg0Namespace(pick(NAMESPACES));
            }
        }
        return b.eavesdrop(random.nextInt(4) == 0).build();
    }

    String value() {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(10);
        for (int i = 0; i < n; i++) {
            s.append(pick(VALUE_CHARS));
        }
        return s.toString();
    }

    /** The rule written another valid way, which must parse to an equal rule. */
    String otherText(MatchRule rule) {
        List<String[]> pieces = new ArrayList<>();
        if (rule.type() != null) {
            pieces.add(new String[] {"type", rule.type().wireName()});
        }
        if (rule.sender() != null) {
            pieces.add(new String[] {"sender", rule.sender().value()});
        }
        if (rule.interfaceName() != null) {
            pieces.add(new String[] {"interface", rule.interfaceName().value()});
        }
        if (rule.member() != null) {
            pieces.add(new String[] {"member", rule.member().value()});
        }
        if (rule.path() != null) {
            pieces.add(new String[] {"path", rule.path().value()});
        }
        if (rule.pathNamespace() != null) {
            pieces.add(new String[] {"path_namespace", rule.pathNamespace().value()});
        }
        if (rule.destination() != null) {
            pieces.add(new String[] {"destination", rule.destination().value()});
        }
        for (ArgMatch a : rule.args()) {
            pieces.add(new String[] {a.key(), a.value()});
        }
        Collections.shuffle(pieces, new java.util.Random(random.nextLong()));
        if (rule.eavesdrop() || random.nextBoolean()) {
            pieces.add(random.nextInt(pieces.size() + 1), new String[] {"eavesdrop", "false"});
        }
        if (rule.eavesdrop()) {
            pieces.add(new String[] {"eavesdrop", "true"});
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(whitespace()).append(pieces.get(i)[0]).append(whitespace()).append('=');
            out.append(encode(pieces.get(i)[1]));
        }
        if (random.nextInt(4) == 0 && !pieces.isEmpty()) {
            out.append(',').append(whitespace());   // whitespace after a value would be part of it
        } else if (pieces.isEmpty()) {
            out.append(whitespace());
        }
        return out.toString();
    }

    /**
     * A random valid encoding of {@code value}: each character quoted or bare as allowed (a comma only quoted, an
     * apostrophe only bare, as {@code \'}; a bare backslash only before a plain character, which then stays
     * bare, or at the end), with empty quoted sections thrown in.
     */
    String encode(String value) {
        StringBuilder out = new StringBuilder();
        boolean inQuote = false;
        boolean forceBare = false;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            int next = i < value.length() ? value.codePointAt(i) : -1;
            boolean quoted;
            if (cp == '\'') {
                quoted = false;
            } else if (forceBare) {
                quoted = false;
            } else if (cp == ',') {
                quoted = true;
            } else if (cp == '\\') {
                quoted = !(next == -1 || plain(next)) || random.nextBoolean();
            } else {
                quoted = random.nextBoolean();
            }
            if (quoted != inQuote) {
                out.append('\'');
                inQuote = quoted;
            }
            if (cp == '\'') {
                out.append("\\'");
            } else {
                out.appendCodePoint(cp);
            }
            forceBare = !quoted && cp == '\\';
            if (!forceBare && random.nextInt(8) == 0) {
                out.append("''");
            }
        }
        if (inQuote) {
            out.append('\'');
        } else if (value.isEmpty() && random.nextBoolean()) {
            out.append("''");
        }
        return out.toString();
    }

    private static boolean plain(int cp) {
        return cp != '\'' && cp != ',' && cp != '\\';
    }

    private String whitespace() {
        String[] ws = {"", "", "", " ", "\t", "\r\n", "  "};
        return ws[random.nextInt(ws.length)];
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }
}
