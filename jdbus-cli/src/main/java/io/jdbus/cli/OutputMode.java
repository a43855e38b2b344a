package io.jdbus.cli;

import io.jdbus.cli.format.JsonStyle;

/**
 * How verbs print what they found: busctl's text, or {@code --json=short|pretty}.
 *
 * {@snippet :
 * CommandLine.parse(List.of("--json=pretty", "decode")).output();   // JSON_PRETTY
 * OutputMode.JSON_PRETTY.jsonStyle();                               // JsonStyle.PRETTY
 * OutputMode.TEXT.jsonStyle();                                      // null
 * }
 */
public enum OutputMode {
    /** busctl's text form (the default). */
    TEXT,
    /** {@code --json=short}: one JSON value per line. */
    JSON_SHORT,
    /** {@code --json=pretty}: indented JSON. */
    JSON_PRETTY;

    /** The mode named by the value of {@code --json=}. */
    static OutputMode ofJson(String value) throws UsageException {
        return switch (value) {
            case "short" -> JSON_SHORT;
            case "pretty" -> JSON_PRETTY;
            default -> throw new UsageException("unknown --json mode '" + value + "': use --json=short or --json=pretty");
        };
    }

    /** The JSON layout of this mode, or {@code null} for text. */
    public JsonStyle jsonStyle() {
        return switch (this) {
            case TEXT -> null;
            case JSON_SHORT -> JsonStyle.SHORT;
            case JSON_PRETTY -> JsonStyle.PRETTY;
        };
    }
}
