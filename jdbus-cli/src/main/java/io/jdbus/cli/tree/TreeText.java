package io.jdbus.cli.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * busctl's object tree: each path under the nearest of its ancestors that is in the set, children sorted,
 * drawn with {@code ├─}, {@code └─} and {@code │}; the root {@code /} itself is not drawn. Pure.
 * {@snippet :
 * TreeText.lines(new TreeSet<>(List.of("/", "/a", "/a/b", "/c")));
 * // └─/a ... as busctl draws: "├─/a", "│ └─/a/b", "└─/c"
 * }
 */
public final class TreeText {
    private TreeText() {
    }

    /** The tree's lines. */
    public static List<String> lines(SortedSet<String> paths) {
        List<String> out = new ArrayList<>();
        draw(out, "/", "", paths);
        return out;
    }

    private static void draw(List<String> out, String parent, String prefix, SortedSet<String> paths) {
        List<String> children = new ArrayList<>();
        for (String p : paths) {
            if (!p.equals(parent) && isUnder(p, parent) && nearestAncestor(p, paths).equals(parent)) {
                children.add(p);
            }
        }
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            out.add(prefix + (last ? "└─" : "├─") + children.get(i));
            draw(out, children.get(i), prefix + (last ? "  " : "│ "), paths);
        }
    }

    private static boolean isUnder(String path, String ancestor) {
        return ancestor.equals("/") ? path.startsWith("/") : path.startsWith(ancestor + "/");
    }

    /** The longest proper ancestor of {@code path} in {@code paths}; {@code /} when there is none. */
    static String nearestAncestor(String path, SortedSet<String> paths) {
        String p = path;
        while (true) {
            int slash = p.lastIndexOf('/');
            if (slash <= 0) {
                return "/";
            }
            p = p.substring(0, slash);
            if (paths.contains(p)) {
                return p;
            }
        }
    }
}
