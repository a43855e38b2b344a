/**
 * dbus-daemon's configuration files and command line, read without any I/O but reading the files: {@link
 * io.jdbus.daemon.config.BusConfigParser} turns {@code session.conf} and its includes into a {@link
 * io.jdbus.daemon.config.BusConfig}, {@link io.jdbus.daemon.config.DaemonCommandLine} reads
 * {@code --config-file=FILE --print-address=FD --nofork} and the rest, so that the embedded bus can stand in for
 * dbus-daemon.
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-daemon.1.html">dbus-daemon(1)</a>
 */
package io.jdbus.daemon.config;
