package io.jdbus.auth;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An in-memory {@link CookieKeyring} shared by a test's client and server. */
final class MapKeyring implements CookieKeyring {
    private final Map<String, Cookie> current = new HashMap<>();
    private long nextId = 42;

    @Override
    public synchronized Optional<Cookie> find(String context, long id) {
        return Optional.ofNullable(current.get(context)).filter(c -> c.id() == id);
    }

    @Override
    public synchronized Cookie current(String context) {
        return current.computeIfAbsent(context, c -> new Cookie(nextId++, 1_700_000_000L, "00112233445566778899aabbccddeeff0011223344556677"));
    }
}
