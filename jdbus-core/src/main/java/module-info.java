/**
 * jdbus: a D-Bus stack in pure Java.
 *
 * <p>The pure layers ({@code names}, {@code types}, {@code wire}, {@code message}, {@code address},
 * {@code auth}, {@code match}) never touch a socket; {@code transport} and {@code connection} do the I/O.
 */
module io.jdbus {
    requires jdk.net;
    requires java.xml;

    exports io.jdbus.names;
    exports io.jdbus.types;
    exports io.jdbus.wire;
    exports io.jdbus.message;
    exports io.jdbus.address;
    exports io.jdbus.auth;
    exports io.jdbus.match;
    exports io.jdbus.transport;
    exports io.jdbus.connection;
    exports io.jdbus.introspect;
    exports io.jdbus.client;
    exports io.jdbus.guidance;
    exports io.jdbus.binding;
    exports io.jdbus.service;
}
