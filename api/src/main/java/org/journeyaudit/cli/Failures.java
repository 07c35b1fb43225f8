package org.journeyaudit.cli;

import java.io.PrintWriter;

import org.journeyaudit.engine.audit.AuditTooLargeException;
import org.journeyaudit.engine.audit.InvalidRequestException;
import org.journeyaudit.engine.audit.RequestField;
import org.journeyaudit.engine.audit.RequestProblem;
import org.journeyaudit.engine.rulebase.RulePackException;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The one mapping from what went wrong to the documented exit code, with what the command says about it:
 * one line per problem, never a stack trace.
 */
final class Failures {

    private Failures() {
    }

    /** Says what went wrong in {@code failed} on its error stream and answers the exit code. */
    static int report(Exception failure, CommandLine failed) {
        PrintWriter err = failed.getErr();
        int exitCode = exitCode(failure, err);
        if (exitCode == ExitCode.USAGE) {
            err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
        }
        err.flush();
        return exitCode;
    }

    private static int exitCode(Exception failure, PrintWriter err) {
        if (failure instanceof ParameterException usage) {
            err.println("journey-audit: " + usage.getMessage());
            return ExitCode.USAGE;
        }
        if (failure instanceof InvalidRequestException request) {
            request.problems().forEach(problem -> err.println("journey-audit: " + where(problem) + ": " + problem.message()));
            return ExitCode.USAGE;
        }
        if (failure instanceof InvalidInput input) {
            input.refusal().print(input.document().source(), input.document().problems(), err);
            return ExitCode.INVALID_INPUT;
        }
        if (failure instanceof RulePackException refused) {
            // a trusted pack is input: its errors are located in its files, and nothing is audited
            refused.errors().forEach(err::println);
            err.println("journey-audit: a rule pack cannot be loaded (see above); nothing was run");
            return ExitCode.INVALID_INPUT;
        }
        if (failure instanceof JourneyTooLarge tooLarge) {
            err.println("journey-audit: " + tooLarge.source() + ": " + tooLarge.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        if (failure instanceof AuditTooLargeException tooLarge) {
            err.println("journey-audit: " + tooLarge.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        if (failure instanceof RegistryRefusal refused) {
            err.println("journey-audit: " + refused.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        if (failure instanceof ReportNotWritten notWritten) {
            err.println("journey-audit: cannot write " + notWritten.file() + ": " + notWritten.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        err.println("journey-audit: internal error: " + describe(failure));
        return ExitCode.INTERNAL_ERROR;
    }

    /** The Java virtual machine's own limits, which are errors rather than exceptions. */
    static int exhausted(Error exhausted, PrintWriter err) {
        err.println("journey-audit: internal error: the Java virtual machine ran out of "
                + (exhausted instanceof OutOfMemoryError ? "memory (give it more with -Xmx)" : "stack"));
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }

    /** The option the problem is about, as the user wrote it: {@code --param handoff/excess.max}, {@code --lang}. */
    static String where(RequestProblem problem) {
        return option(problem.field()) + (problem.entry() == null ? "" : " " + problem.entry());
    }

    static String option(RequestField field) {
        return switch (field) {
            case AS_OF -> "--as-of";
            case FAIL_ON -> "--fail-on";
            case PROFILE -> "--profile";
            case PARAMETER -> "--param";
            case EFFORT -> "--effort";
            case LANGUAGE -> "--lang";
            case MAX_AUDIT_SECONDS -> "--max-audit-seconds";
            case MAX_RULE_FIRINGS -> "--max-rule-firings";
        };
    }

    private static String describe(Throwable ex) {
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
    }
}
