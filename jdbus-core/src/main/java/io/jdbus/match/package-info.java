/**
 * D-Bus match rules: the text form a client hands to the bus's {@code AddMatch}, parsed into an immutable
 * {@link io.jdbus.match.MatchRule}, and the test of a {@link io.jdbus.message.Message} against it. Pure: no bus,
 * no names resolved; the daemon and the connection build routing and dispatch on top.
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#message-bus-routing-match-rules">Match Rules</a>
 */
package io.jdbus.match;
