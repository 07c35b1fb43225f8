package org.journeyaudit.cli;

/** The documented exit codes of every command. */
public final class ExitCode {

    /** Done; no finding at or above {@code --fail-on}. */
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;
    /** A document is invalid or cannot be read, or a trusted rule pack cannot be loaded. */
    public static final int INVALID_INPUT = 3;
    /** A defect of the tool; the message says what failed. */
    public static final int INTERNAL_ERROR = 4;

    private ExitCode() {
    }
}
