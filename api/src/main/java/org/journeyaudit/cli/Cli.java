package org.journeyaudit.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/**
 * Builds the command line around the writers it prints to, so tests run it in-process and read its
 * output and exit code. Every failure goes to {@link Failures}, which maps it to a documented exit code
 * with a one-line message, never a stack trace.
 */
public final class Cli {

    private Cli() {
    }

    public static CommandLine create(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new JourneyAuditCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((ex, args) -> Failures.report(ex, ex.getCommandLine()));
        commandLine.setExecutionExceptionHandler((ex, failed, parseResult) -> Failures.report(ex, failed));
        return commandLine;
    }
}
