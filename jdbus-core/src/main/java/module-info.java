/**
 * jdbus: a D-Bus stack in pure Java.
 *
 * <p>The pure layers ({@code names}, {@code types}, {@code wire}, {@code message}) never touch a socket.
 */
module io.jdbus {
    exports io.jdbus.names;
    exports io.jdbus.types;
    exports io.jdbus.wire;
    exports io.jdbus.message;
    exports io.jdbus.auth;
}
