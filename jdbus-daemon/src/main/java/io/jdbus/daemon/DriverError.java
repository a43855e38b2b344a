package io.jdbus.daemon;

import io.jdbus.connection.StandardError;

/** An error reply the bus driver gives to a call: thrown inside {@link Driver} and turned into an ERROR message. */
final class DriverError extends Exception {
    private static final long serialVersionUID = 1L;

    private final String errorName;

    DriverError(StandardError error, String text) {
        this(error.errorName(), text);
    }

    DriverError(String errorName, String text) {
        super(text, null, false, false);
        this.errorName = errorName;
    }

    String errorName() {
        return errorName;
    }
}
