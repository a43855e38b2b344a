/**
 * The {@code jdbus} command: busctl-compatible verbs on top of the jdbus library.
 *
 * <p>Thin by design: it parses arguments, calls the library and formats output. The formatting
 * ({@code io.jdbus.cli.format}) is pure and never touches a stream or a socket.
 */
module io.jdbus.cli {
    requires io.jdbus;
    requires io.jdbus.daemon;
    requires io.jdbus.codegen;
    // the demo's sample service is exported by jdbus's service layer, which reads it reflectively
    opens io.jdbus.cli.demo to io.jdbus;
}
