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

    /** The command line with every command. */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(out, err, JourneyAuditCommand.COMMANDS.keySet());
    }

    /**
     * The command line that runs {@code args}: with only the command they name when they name one (its
     * usage, messages and exit codes are the same), with every command otherwise (to list them all, or
     * to say that a command is unknown and which one was meant).
     */
    public static CommandLine forArguments(PrintWriter out, PrintWriter err, String... args) {
        if (args.length > 0 && JourneyAuditCommand.COMMANDS.containsKey(args[0])) {
            return create(out, err, java.util.List.of(args[0]));
        }
        return create(out, err);
    }

    private static CommandLine create(PrintWriter out, PrintWriter err, java.util.Collection<String> commands) {
        CommandLine commandLine = new CommandLine(new JourneyAuditCommand());
        commands.forEach(name -> commandLine.addSubcommand(name, JourneyAuditCommand.COMMANDS.get(name).get()));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((ex, args) -> Failures.report(ex, ex.getCommandLine()));
        commandLine.setExecutionExceptionHandler((ex, failed, parseResult) -> Failures.report(ex, failed));
        return commandLine;
    }
}
