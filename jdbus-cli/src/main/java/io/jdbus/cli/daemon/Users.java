package io.jdbus.cli.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Resolves the user names of a bus configuration's {@code <allow user="...">} rules to uids, from the
 * password database file; a number is taken as a uid.
 * {@snippet :
 * Users.uids(List.of("root", "1000"));   // [0, 1000]
 * }
 */
final class Users {
    private static final Path PASSWD = Path.of("/etc/passwd");

    private Users() {
    }

    static Set<Long> uids(Collection<String> users) {
        Set<Long> uids = new HashSet<>();
        for (String user : users) {
            if (user.matches("[0-9]{1,10}")) {
                uids.add(Long.parseLong(user));
            }
        }
        try {
            for (String line : Files.readAllLines(PASSWD)) {
                String[] f = line.split(":");
                if (f.length > 2 && users.contains(f[0]) && f[2].matches("[0-9]{1,10}")) {
                    uids.add(Long.parseLong(f[2]));
                }
            }
        } catch (IOException e) {
            // without the database only numeric uids can be allowed
        }
        return uids;
    }
}
