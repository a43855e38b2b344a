/** Validated D-Bus names: object paths, bus names, interface, member and error names. */
package io.jdbus.names;
