package io.jdbus.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Javadoc comments from {@code org.gtk.GDBus.DocString} text: the text escaped so that nothing in it can end
 * the comment ({@code *}{@code /}), start a Unicode escape ({@code \}{@code u}) or a tag ({@code @}), or be
 * taken for HTML; blank lines become paragraph breaks.
 */
final class Javadoc {
    private final List<String> lines = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();

    /** Adds documentation text from the XML, escaped; nothing when blank. */
    Javadoc text(String docString) {
        if (docString.isBlank()) {
            return this;
        }
        if (!lines.isEmpty()) {
            lines.add("<p>");
        }
        boolean blank = false;
        for (String line : docString.strip().split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                blank = true;
                continue;
            }
            if (blank) {
                lines.add("<p>");
                blank = false;
            }
            lines.add(escape(l));
        }
        return this;
    }

    /** Adds a paragraph of Javadoc written by the generator (not escaped). */
    Javadoc raw(String... javadocLines) {
        List<String> add = new ArrayList<>(List.of(javadocLines));
        if (!lines.isEmpty() && !add.isEmpty()) {
            lines.add("");
            if (!add.getFirst().startsWith("{@")) {
                add.set(0, "<p>" + add.getFirst());
            }
        }
        lines.addAll(add);
        return this;
    }

    /** Adds {@code @param name text} when the text is not blank. */
    Javadoc param(String name, String docString) {
        if (!docString.isBlank()) {
            tags.add("@param " + name + " " + escape(docString.strip().replaceAll("\\s+", " ")));
        }
        return this;
    }

    /** The comment, indented by {@code indent}, ending in a line break; empty when there is nothing to say. */
    String render(String indent) {
        if (lines.isEmpty() && tags.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(indent).append("/**\n");
        for (String l : lines) {
            b.append(indent).append(l.isEmpty() ? " *" : " * " + l).append('\n');
        }
        if (!tags.isEmpty()) {
            if (!lines.isEmpty()) {
                b.append(indent).append(" *\n");
            }
            for (String t : tags) {
                b.append(indent).append(" * ").append(t).append('\n');
            }
        }
        return b.append(indent).append(" */\n").toString();
    }

    /** {@code s} made safe for a comment and for HTML. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '@' -> b.append("&#64;");
                case '\\' -> b.append("&#92;");
                case '/' -> b.append(i > 0 && s.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '{', '}' -> b.append(c == '{' ? "&#123;" : "&#125;");
                default -> b.append(c < ' ' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
