package io.jdbus.cli.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The tree is drawn as busctl draws it: nearest listed ancestor, sorted children, the root left out. */
class TreeTextTest {
    @Test
    void childrenHangUnderTheirNearestListedAncestor() {
        assertEquals(List.of(
                "├─/a",
                "│ ├─/a/b",
                "│ │ └─/a/b/c",
                "│ └─/a/d",
                "├─/c",
                "└─/org/freedesktop/DBus"),
                TreeText.lines(new TreeSet<>(List.of("/", "/a", "/a/b", "/a/b/c", "/a/d", "/c", "/org/freedesktop/DBus"))));
    }

    @Test
    void aRootAloneDrawsNothing() {
        assertEquals(List.of(), TreeText.lines(new TreeSet<>(List.of("/"))));
    }

    @Test
    void aPrefixThatIsNotAPathElementIsNoAncestor() {
        assertEquals(List.of("├─/ab", "└─/abc"), TreeText.lines(new TreeSet<>(List.of("/", "/ab", "/abc"))));
    }
}
