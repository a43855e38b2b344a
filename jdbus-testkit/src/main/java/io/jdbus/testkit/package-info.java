/**
 * A JUnit 5 extension for tests of D-Bus code: {@link io.jdbus.testkit.BusTest} starts an embedded message bus
 * per test class, injects connections to it, and fails a test that leaves a pending call, an open subscription
 * or a running thread behind. See {@code docs/TESTING.md}.
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-bus">Message bus specification</a>
 */
package io.jdbus.testkit;
