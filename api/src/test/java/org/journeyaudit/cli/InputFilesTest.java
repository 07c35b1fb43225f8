package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Only regular files are read: pipes, devices and directories are refused by their type, before they are opened. */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a pipe that is opened waits for a writer forever
class InputFilesTest {

    private static final String RETAIL = "../samples/retail-defective-goods.yaml";
    private static final String NOT_REGULAR = ", not a regular file; only regular files are read\n";

    /** A named pipe nobody writes to, made by mkfifo; the test is skipped where there is no mkfifo. */
    private static Path fifo(Path file) throws IOException, InterruptedException {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
        } catch (IOException absent) {
            assumeTrue(false, "mkfifo is not installed");
            throw absent;
        }
        assertThat(mkfifo.waitFor()).isZero();
        return file;
    }

    @Test
    void aNamedPipeGivenAsAJourneyIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
        Path pipe = fifo(dir.resolve("journey.yaml"));
        CliRun run = CliRun.run("audit", pipe.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(pipe + " is invalid and was not audited:\n" + pipe + ": the path is a named pipe (FIFO)" + NOT_REGULAR);
    }

    @Test
    void aNamedPipeInADirectoryIsListedAsRefusedAndTheOtherJourneysAreAudited(@TempDir Path dir) throws Exception {
        Files.copy(Path.of(RETAIL), dir.resolve("a-retail.yaml"));
        Path pipe = fifo(dir.resolve("b-pipe.yaml"));
        CliRun run = CliRun.run("validate", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEqualTo(dir.resolve("a-retail.yaml") + ": valid\n"
                + pipe + ": the path is a named pipe (FIFO)" + NOT_REGULAR
                + pipe + ": 1 problem\n");
    }

    @Test
    void aNamedPipeAsTheSuppressionsFileIsRefusedUnderItsOwnName(@TempDir Path dir) throws Exception {
        Path journey = Files.copy(Path.of(RETAIL), dir.resolve("retail.yaml"));
        Path pipe = fifo(dir.resolve("retail.suppressions.yaml"));
        CliRun run = CliRun.run("audit", journey.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(pipe + " is invalid and was not audited:\n" + pipe + ": the path is a named pipe (FIFO)" + NOT_REGULAR);
    }

    @Test
    void aNamedPipeAsChecksProfileOrChangeRequestIsRefused(@TempDir Path dir) throws Exception {
        Path pipe = fifo(dir.resolve("pipe.yaml"));
        CliRun checks = CliRun.run("audit", RETAIL, "--checks", pipe.toString());
        assertThat(checks.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(checks.err()).isEqualTo(pipe + " is not a valid checks file:\n" + pipe + ": the path is a named pipe (FIFO)" + NOT_REGULAR);
        CliRun profile = CliRun.run("audit", RETAIL, "--profile", pipe.toString());
        assertThat(profile.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(profile.err()).isEqualTo(pipe + " is not a valid profile:\n" + pipe + ": the path is a named pipe (FIFO)" + NOT_REGULAR);
        CliRun change = CliRun.run("impact", pipe.toString(), "../samples");
        assertThat(change.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(change.err()).isEqualTo(pipe + " is an invalid change request:\n" + pipe + ": the path is a named pipe (FIFO)" + NOT_REGULAR);
    }

    @Test
    void aLinkToAnEndlessDeviceIsRefusedByWhatItLeadsTo(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("journey.yaml"), Path.of("/dev/zero"));
        CliRun run = CliRun.run("audit", link.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(link + " is invalid and was not audited:\n"
                + link + ": the path is a device (the link leads to /dev/zero)" + NOT_REGULAR);
    }

    @Test
    void aDeviceGivenDirectlyIsRefused() {
        CliRun run = CliRun.run("validate", "/dev/zero");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEqualTo("/dev/zero: the path is a device" + NOT_REGULAR + "/dev/zero: 1 problem\n");
    }

    @Test
    void aDirectoryWhereAFileIsExpectedIsRefused(@TempDir Path dir) {
        CliRun checks = CliRun.run("audit", RETAIL, "--checks", dir.toString());
        assertThat(checks.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(checks.err()).isEqualTo(dir + " is not a valid checks file:\n" + dir + ": the path is a directory" + NOT_REGULAR);
        CliRun change = CliRun.run("impact", dir.toString(), "../samples");
        assertThat(change.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(change.err()).isEqualTo(dir + " is an invalid change request:\n" + dir + ": the path is a directory" + NOT_REGULAR);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        try (var file = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            file.write(java.nio.ByteBuffer.wrap(new byte[] {'#'}), 5L * 1024 * 1024); // sparse: 5 MiB and one byte
        }
        CliRun run = CliRun.run("audit", big.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(big + " is invalid and was not audited:\n"
                + big + ": the document is 5242881 bytes; the limit is 5242880 bytes\n");
    }
}
