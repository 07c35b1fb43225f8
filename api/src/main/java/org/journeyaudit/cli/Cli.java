package org.journeyaudit.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.journeyaudit.engine.audit.AuditTooLargeException;
import org.journeyaudit.engine.rulebase.RulePackException;

import picocli.CommandLine;

/**
 * Builds the command line around the writers it prints to, so tests run it in-process and read its
 * output and exit code. Maps every failure to a documented exit code with a one-line message, never a
 * stack trace.
 */
public final class Cli {

    private Cli() {
    }

    public static CommandLine create(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new JourneyAuditCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(LocalDate.class, Cli::date);
        commandLine.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println("journey-audit: " + ex.getMessage());
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            if (ex instanceof RulePackException refused) {
                // a trusted pack is input: its errors are located in its files, and nothing is audited
                refused.errors().forEach(failed.getErr()::println);
                failed.getErr().println("journey-audit: a rule pack cannot be loaded (see above); nothing was run");
                return ExitCode.INVALID_INPUT;
            }
            if (ex instanceof JourneyTooLarge tooLarge) {
                failed.getErr().println("journey-audit: " + tooLarge.source() + ": " + tooLarge.getMessage());
                return ExitCode.INVALID_INPUT;
            }
            if (ex instanceof AuditTooLargeException tooLarge) {
                failed.getErr().println("journey-audit: " + tooLarge.getMessage());
                return ExitCode.INVALID_INPUT;
            }
            failed.getErr().println("journey-audit: internal error: " + describe(ex));
            return ExitCode.INTERNAL_ERROR;
        });
        return commandLine;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date; write it as YYYY-MM-DD");
        }
    }

    private static String describe(Throwable ex) {
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
    }
}
