package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

/** A service that cannot start says why in one line and exits with the documented code; never a stack trace. */
class ServeCommandTest {

    private static void assertOneLine(CliRun run, int exitCode, String message) {
        assertThat(run.exitCode()).isEqualTo(exitCode);
        assertThat(run.err()).isEqualTo("journey-audit: " + message + System.lineSeparator());
    }

    @Test
    void aPortThatIsNotANumberIsABadSetting() {
        assertOneLine(CliRun.run("serve", "--server.port=abc"), ExitCode.USAGE, "server.port: 'abc' is not a whole number");
    }

    @Test
    void anAuditBudgetThatCannotBeReadOrIsNotPositiveIsABadSetting() {
        assertOneLine(CliRun.run("serve", "--server.port=0", "--journey-audit.audit.max-duration=soon"), ExitCode.USAGE,
                "journey-audit.audit.max-duration: 'soon' is not a duration such as 10s or 500ms");
        assertOneLine(CliRun.run("serve", "--server.port=0", "--journey-audit.audit.max-rule-firings=-5"), ExitCode.USAGE,
                "journey-audit.audit.max-rule-firings must be positive, found -5");
    }

    @Test
    void aPortInUseSaysSo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertOneLine(CliRun.run("serve", "--server.address=127.0.0.1", "--server.port=" + taken.getLocalPort()), ExitCode.INVALID_INPUT,
                    "port " + taken.getLocalPort() + " is already in use; choose another with --port or --server.port");
        }
    }
}
