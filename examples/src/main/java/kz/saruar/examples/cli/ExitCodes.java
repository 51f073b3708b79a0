package kz.saruar.examples.cli;

/** The exit codes every {@code saruar} command uses. */
public final class ExitCodes {
    /** The input is valid, the command did what it was asked. */
    public static final int OK = 0;
    /** The input was read but refused: invalid, ineligible, not issued (every reason is printed). */
    public static final int REFUSED = 1;
    /**
     * The input could not be read (missing file, a directory, not UTF-8, not JSON, too large; decided in
     * {@link Problems#exitCode}) or the command line was misused (unknown option, bad value, options that
     * exclude each other: {@link Conventions}).
     */
    public static final int UNREADABLE = 2;

    private ExitCodes() {
    }
}
