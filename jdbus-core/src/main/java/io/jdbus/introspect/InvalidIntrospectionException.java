package io.jdbus.introspect;

/**
 * Thrown when introspection XML cannot be read into a {@link Node}, or a model value breaks a rule of the format;
 * the message names the line and column (when the problem was found in a document) and what is wrong.
 *
 * {@snippet :
 * try {
 *     IntrospectionParser.parse("<node><interface name=\"a.b\"><method name=\"M\"><arg type=\"ii\"/>"
 *             + "</method></interface></node>");
 * } catch (InvalidIntrospectionException e) {
 *     System.err.println(e.getMessage());
 *     // invalid introspection XML at line 1, column 56: <arg type="ii">: ... is not a single complete type (it has 2)
 *     e.line();   // 1
 * }
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#introspection-format">Introspection Data Format</a>
 */
public final class InvalidIntrospectionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /** Creates the exception for a model value that breaks a rule; it has no line or column. */
    public InvalidIntrospectionException(String message) {
        super(message);
        this.line = -1;
        this.column = -1;
    }

    private InvalidIntrospectionException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    /** The exception for {@code problem} found at {@code line}:{@code column} of a document (either -1 if unknown). */
    static InvalidIntrospectionException at(int line, int column, String problem, Throwable cause) {
        String where = line < 0 ? "" : column < 0 ? " at line " + line : " at line " + line + ", column " + column;
        return new InvalidIntrospectionException("invalid introspection XML" + where + ": " + problem, line, column,
                cause);
    }

    /** The line (from 1) of the document where the problem was found, or -1 when it was not found in a document. */
    public int line() {
        return line;
    }

    /** The column (from 1) where the problem was found, or -1 when unknown. */
    public int column() {
        return column;
    }
}
