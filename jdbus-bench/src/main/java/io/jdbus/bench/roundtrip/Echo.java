package io.jdbus.bench.roundtrip;

/**
 * The call every JVM contender makes: {@code com.example.Echo.Echo(s) -> s} on {@code /com/example/Echo},
 * with the payload {@code dbus-test-tool spam} sends by default, so that the requests are the same size.
 */
final class Echo {
    static final String INTERFACE = "com.example.Echo";
    static final String MEMBER = "Echo";
    static final String PATH = "/com/example/Echo";
    /** {@code dbus-test-tool spam}'s default string payload. */
    static final String PAYLOAD = "hello, world!";

    private Echo() {
    }

    /** Fails when a reply does not carry the payload back. */
    static void check(Object answer) {
        if (!PAYLOAD.equals(answer)) {
            throw new IllegalStateException("Echo answered " + answer + ", expected \"" + PAYLOAD + "\"");
        }
    }
}
