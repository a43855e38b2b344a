package io.jdbus.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Java identifiers from D-Bus names: {@code GetAllDevices} → {@code getAllDevices}, {@code new-value} →
 * {@code newValue}, {@code class} → {@code class_}, and the PascalCase rule by which the typed proxies and
 * the service layer map a Java name back to a D-Bus member.
 */
final class JavaNames {
    /** Reserved words, literals, {@code _}, and the contextual words that cannot name a type or be called bare. */
    static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "_", "var",
            "yield", "record");

    /** Methods of {@code Object} (and a record's implicit ones) that a generated member must not redeclare. */
    static final Set<String> OBJECT_METHODS = Set.of(
            "getClass", "hashCode", "equals", "toString", "notify", "notifyAll", "wait", "clone", "finalize");

    private JavaNames() {
    }

    /** Whether {@code s} is a Java identifier that is not a keyword. */
    static boolean isIdentifier(String s) {
        if (s.isEmpty() || KEYWORDS.contains(s) || !Character.isJavaIdentifierStart(s.codePointAt(0))) {
            return false;
        }
        return s.codePoints().allMatch(Character::isJavaIdentifierPart);
    }

    /** {@code id} with an underscore appended when it is a keyword: {@code class} → {@code class_}. */
    static String escape(String id) {
        return KEYWORDS.contains(id) ? id + "_" : id;
    }

    /**
     * A camelCase identifier from any name: words split at {@code _} and at characters Java does not allow,
     * the first word's leading capitals lowered ({@code URIList} → {@code uriList}), a leading digit prefixed
     * with {@code _}; {@code fallback} when nothing usable is left. Keywords are not escaped here.
     */
    static String camel(String name, String fallback) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return fallback;
        }
        StringBuilder b = new StringBuilder(decapitalize(words.getFirst()));
        for (String w : words.subList(1, words.size())) {
            b.append(upperFirst(w));
        }
        return Character.isJavaIdentifierStart(b.codePointAt(0)) ? b.toString() : "_" + b;
    }

    /** A PascalCase type name from any name: {@code sample_object} → {@code SampleObject}. */
    static String pascal(String name, String fallback) {
        String c = camel(name, fallback);
        return c.startsWith("_") ? "_" + upperFirst(c.substring(1)) : upperFirst(c);
    }

    /** The D-Bus name the typed proxies and the service derive from a Java name: the first letter upper-cased. */
    static String dbusName(String javaName) {
        return upperFirst(javaName);
    }

    /** {@code foo} → {@code Foo}; other characters unchanged. */
    static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Lowers the leading run of capitals, keeping the last one of a run followed by a lower-case letter. */
    static String decapitalize(String s) {
        int run = 0;
        while (run < s.length() && Character.isUpperCase(s.charAt(run))) {
            run++;
        }
        if (run == 0) {
            return s;
        }
        if (run == 1 || run == s.length() || !Character.isLowerCase(s.charAt(run))) {
            return s.substring(0, run).toLowerCase(java.util.Locale.ROOT) + s.substring(run);
        }
        return s.substring(0, run - 1).toLowerCase(java.util.Locale.ROOT) + s.substring(run - 1);
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (cp != '_' && Character.isJavaIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)) {
                w.appendCodePoint(cp);
            } else if (!w.isEmpty()) {
                words.add(w.toString());
                w.setLength(0);
            }
        });
        if (!w.isEmpty()) {
            words.add(w.toString());
        }
        return words;
    }
}
