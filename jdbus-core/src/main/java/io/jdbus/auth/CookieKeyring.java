package io.jdbus.auth;

import java.io.IOException;
import java.util.Optional;

/**
 * Where {@code DBUS_COOKIE_SHA1} secrets live, kept behind an interface so that the state machines stay pure:
 * a client {@linkplain #find finds} the cookie the server named, a server asks for a {@linkplain #current current}
 * one, which may create it. {@link FileCookieKeyring} is the specification's {@code ~/.dbus-keyrings}; tests use
 * a map.
 *
 * {@snippet :
 * CookieKeyring keyring = FileCookieKeyring.forHome();
 * Cookie c = keyring.current("org_freedesktop_general");       // server: creates one if none is fresh
 * keyring.find("org_freedesktop_general", c.id());              // client: Optional[Cookie[id=..., ...]]
 * }
 *
 * @see <a href="https://dbus.freedesktop.org/doc/dbus-specification.html#auth-mechanisms-sha">DBUS_COOKIE_SHA1</a>
 */
public interface CookieKeyring {

    /** The default context name libdbus and GDBus servers use. */
    String DEFAULT_CONTEXT = "org_freedesktop_general";

    /**
     * The cookie with this id in {@code context}, or empty when there is none.
     *
     * @throws IOException when the keyring cannot be read or is unsafe (e.g. readable by others)
     */
    Optional<Cookie> find(String context, long id) throws IOException;

    /**
     * A cookie of {@code context} recent enough to challenge a client with, created and stored when none is.
     *
     * @throws IOException when the keyring cannot be read or written, or is unsafe
     */
    Cookie current(String context) throws IOException;

    /**
     * Whether {@code context} is a valid context name: non-empty ASCII without {@code '/'}, {@code '\\'},
     * {@code '.'}, blanks or control characters (it names a file).
     */
    static boolean isValidContext(String context) {
        return context != null && !context.isEmpty() && context.length() <= 255
                && context.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '/' && c != '\\' && c != '.');
    }
}
