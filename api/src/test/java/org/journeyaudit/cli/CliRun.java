package org.journeyaudit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** One in-process run of the command line: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    /** As {@link Main} runs it: with only the command named, when one is. */
    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Cli.forArguments(new PrintWriter(out, true), new PrintWriter(err, true), args);
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** With every command, whatever the arguments name. */
    static CliRun runWithEveryCommand(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Cli.create(new PrintWriter(out, true), new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
