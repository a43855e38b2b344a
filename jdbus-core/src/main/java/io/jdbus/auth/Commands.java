package io.jdbus.auth;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The parser behind {@link SaslCommand#parse} and the checks its records share. */
final class Commands {
    private Commands() {
    }

    static SaslCommand parse(String line) throws AuthenticationException {
        int end = blank(line, 0);
        String name = line.substring(0, end);
        String args = line.substring(skipBlanks(line, end));
        return switch (name) {
            case "AUTH" -> auth(args);
            case "CANCEL" -> noArgs(name, args, new SaslCommand.Cancel());
            case "BEGIN" -> noArgs(name, args, new SaslCommand.Begin());
            case "DATA" -> new SaslCommand.Data(hex("DATA", oneToken("DATA", args)));
            case "ERROR" -> new SaslCommand.Error(args);
            case "NEGOTIATE_UNIX_FD" -> noArgs(name, args, new SaslCommand.NegotiateUnixFd());
            case "REJECTED" -> new SaslCommand.Rejected(tokens(args));
            case "OK" -> ok(args);
            case "AGREE_UNIX_FD" -> noArgs(name, args, new SaslCommand.AgreeUnixFd());
            default -> throw new AuthenticationException("unknown command \"" + shorten(name) + "\"");
        };
    }

    private static SaslCommand auth(String args) throws AuthenticationException {
        if (args.isEmpty()) {
            return new SaslCommand.Auth(Optional.empty(), Optional.empty());
        }
        int end = blank(args, 0);
        String mech = args.substring(0, end);
        String response = oneToken("AUTH " + shorten(mech), args.substring(skipBlanks(args, end)));
        return SaslCommand.Auth.of(mech, hex("AUTH " + shorten(mech) + " initial response", response));
    }

    private static SaslCommand ok(String args) throws AuthenticationException {
        String guid = oneToken("OK", args);
        if (guid.isEmpty() || !guid.chars().allMatch(HexFormat::isHexDigit)) {
            throw new AuthenticationException("OK needs the server GUID in hex, got \"" + shorten(guid) + "\"");
        }
        return new SaslCommand.Ok(guid);
    }

    private static SaslCommand noArgs(String name, String args, SaslCommand c) throws AuthenticationException {
        if (!args.isEmpty()) {
            throw new AuthenticationException(name + " takes no argument, got \"" + shorten(args) + "\"");
        }
        return c;
    }

    private static String oneToken(String what, String args) throws AuthenticationException {
        int end = blank(args, 0);
        if (skipBlanks(args, end) != args.length()) {
            throw new AuthenticationException(what + " takes one argument, got \"" + shorten(args) + "\"");
        }
        return args.substring(0, end);
    }

    static byte[] hex(String what, String hex) throws AuthenticationException {
        if (hex.length() % 2 != 0 || !hex.chars().allMatch(HexFormat::isHexDigit)) {
            throw new AuthenticationException("invalid hex encoding in " + what + ": \"" + shorten(hex) + "\"");
        }
        return HexFormat.of().parseHex(hex);
    }

    private static List<String> tokens(String args) {
        return args.isEmpty() ? List.of() : List.of(args.split("[ \t]+"));
    }

    private static int blank(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) != ' ' && s.charAt(i) != '\t') {
            i++;
        }
        return i;
    }

    private static int skipBlanks(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Peer text quoted in an error: at most 40 characters, so that an ERROR reply stays short. */
    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    /** {@code s} with every character that is not printable ASCII replaced by {@code '?'}. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.chars().forEach(c -> sb.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return sb.toString();
    }

    static void requireToken(String what, String s) {
        if (s.isEmpty() || !s.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException(what + " \"" + s + "\" must be non-empty printable ASCII without blanks");
        }
    }

    static void requireText(String what, String s) {
        if (!s.chars().allMatch(c -> (c >= 0x20 && c < 0x7f) || c == '\t')) {
            throw new IllegalArgumentException(what + " \"" + s + "\" must be printable ASCII");
        }
    }
}
