package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;

class InternalErrorTest {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the rule pack on the class path is incomplete");
        }
    }

    @Test
    void aDefectOfTheToolExitsFourWithOneLineAndNoStackTrace() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Cli.create(new PrintWriter(out, true), new PrintWriter(err, true));
        commandLine.addSubcommand(new Boom());
        commandLine.setOut(new PrintWriter(out, true)); // picocli hands the writers only to subcommands present when set
        commandLine.setErr(new PrintWriter(err, true));
        assertThat(commandLine.execute("boom")).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(err.toString()).isEqualTo("journey-audit: internal error: the rule pack on the class path is incomplete\n");
        assertThat(out.toString()).isEmpty();
    }
}
