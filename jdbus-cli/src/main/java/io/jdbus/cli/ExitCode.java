package io.jdbus.cli;

/**
 * Exit statuses of {@code jdbus}, from BSD's {@code sysexits.h} where one fits.
 *
 * {@snippet :
 * int status = Cli.run(List.of("decode", "missing.bin"), in, out, err);
 * // status == ExitCode.NO_INPUT (66); err: "jdbus decode: missing.bin: no such file"
 * }
 */
public final class ExitCode {
    /** Success. */
    public static final int OK = 0;
    /** A failure the verb reports itself (a remote error, a failed call). */
    public static final int FAILURE = 1;
    /** Bad command line: unknown option or verb, missing or extra operands. */
    public static final int USAGE = 2;
    /** The input was not what it should be, e.g. a malformed message ({@code EX_DATAERR}). */
    public static final int DATA_ERROR = 65;
    /** An input file could not be opened ({@code EX_NOINPUT}). */
    public static final int NO_INPUT = 66;
    /** A bug in jdbus itself ({@code EX_SOFTWARE}). */
    public static final int SOFTWARE = 70;
    /** Reading or writing failed ({@code EX_IOERR}). */
    public static final int IO_ERROR = 74;

    private ExitCode() {
    }
}
