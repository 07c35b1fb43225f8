package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o} never writes over what the command reads, and replaces a report whole or not at all. */
class ReportOutputTest {

    private static final String RETAIL = "../samples/retail-defective-goods.yaml";
    private static final String BEFORE = "../samples/complaint-handling-before.yaml";
    private static final String AFTER = "../samples/complaint-handling-after.yaml";

    private static void assertRefused(CliRun run, String command, String output, String input) {
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("journey-audit: -o " + output + " would overwrite " + input
                + ", an input of this command; write the report to another file\n"
                + "Try 'journey-audit " + command + " --help' for usage.\n");
    }

    private static Path copy(String sample, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        return Files.copy(Path.of(sample), to);
    }

    @Test
    void theJourneyAuditedIsNeverOverwrittenByItsReportByAnyPath(@TempDir Path dir) throws Exception {
        Path journey = copy(RETAIL, dir.resolve("in.yaml"));
        String original = Files.readString(journey);

        assertRefused(CliRun.run("audit", journey.toString(), "-o", journey.toString()), "audit", journey.toString(), journey.toString());
        Path other = dir.resolve("sub/../in.yaml");
        Files.createDirectories(dir.resolve("sub"));
        assertRefused(CliRun.run("audit", journey.toString(), "-o", other.toString()), "audit", other.toString(), journey.toString());
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), journey);
        assertRefused(CliRun.run("audit", journey.toString(), "-o", link.toString()), "audit", link.toString(), journey.toString());
        Path hardLink = Files.createLink(dir.resolve("hard.yaml"), journey);
        assertRefused(CliRun.run("audit", journey.toString(), "-o", hardLink.toString()), "audit", hardLink.toString(), journey.toString());

        assertThat(Files.readString(journey)).isEqualTo(original);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(hardLink)).isEqualTo(original);
    }

    @Test
    void aFileTheDirectoryScanReadsIsAnInputButANewFileInTheDirectoryIsNot(@TempDir Path dir) throws Exception {
        Path journeys = dir.resolve("journeys");
        Path journey = copy(RETAIL, journeys.resolve("x.yaml"));
        String original = Files.readString(journey);
        assertRefused(CliRun.run("audit", journeys.toString(), "-o", journey.toString()), "audit", journey.toString(), journey.toString());
        assertThat(Files.readString(journey)).isEqualTo(original);

        Path report = journeys.resolve("report.md");
        CliRun run = CliRun.run("audit", journeys.toString(), "--as-of", "2026-11-22", "--format", "markdown", "-o", report.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("Report written to " + report + "\n");
        assertThat(Files.readString(report)).startsWith("# Journey audit: Defective goods claim\n");
    }

    @Test
    void theSuppressionsFileBesideAJourneyIsAnInput(@TempDir Path dir) throws Exception {
        Path journey = copy(RETAIL, dir.resolve("retail.yaml"));
        Path sidecar = Files.writeString(dir.resolve("retail.suppressions.yaml"), "suppressions: []\n");
        assertRefused(CliRun.run("audit", journey.toString(), "-o", sidecar.toString()), "audit", sidecar.toString(), sidecar.toString());
        assertThat(Files.readString(sidecar)).isEqualTo("suppressions: []\n");
    }

    @Test
    void eitherVersionOfADiffIsAnInput(@TempDir Path dir) throws Exception {
        Path a = copy(BEFORE, dir.resolve("a.yaml"));
        Path b = copy(AFTER, dir.resolve("b.yaml"));
        String original = Files.readString(a);
        assertRefused(CliRun.run("diff", b.toString(), a.toString(), "-o", a.toString()), "diff", a.toString(), a.toString());
        assertRefused(CliRun.run("diff", a.toString(), b.toString(), "--output", b.toString()), "diff", b.toString(), b.toString());
        assertThat(Files.readString(a)).isEqualTo(original);
    }

    @Test
    void theChangeRequestAndThePortfolioOfAnImpactAreInputs(@TempDir Path dir) throws Exception {
        Path change = copy("../samples/changes/crm-replaces-jira.yaml", dir.resolve("change.yaml"));
        Path journey = copy(BEFORE, dir.resolve("portfolio/complaints.yaml"));
        assertRefused(CliRun.run("impact", change.toString(), journey.getParent().toString(), "-o", change.toString()),
                "impact", change.toString(), change.toString());
        assertRefused(CliRun.run("impact", change.toString(), journey.getParent().toString(), "-o", journey.toString()),
                "impact", journey.toString(), journey.toString());
    }

    @Test
    void theChecksAndProfileFilesOfACommandAreInputs(@TempDir Path dir) throws Exception {
        Path checks = copy("../samples/checks/copc-consistency.yaml", dir.resolve("checks.yaml"));
        Path profile = Files.writeString(dir.resolve("profile.yaml"), "extends: recommended\n");
        assertRefused(CliRun.run("audit", RETAIL, "--checks", checks.toString(), "-o", checks.toString()),
                "audit", checks.toString(), checks.toString());
        assertRefused(CliRun.run("audit", RETAIL, "--profile", profile.toString(), "-o", profile.toString()),
                "audit", profile.toString(), profile.toString());
        assertRefused(CliRun.run("compliance", "../samples", "--profile", profile.toString(), "-o", profile.toString()),
                "compliance", profile.toString(), profile.toString());
        Path journey = copy(RETAIL, dir.resolve("portfolio/retail.yaml"));
        assertRefused(CliRun.run("compliance", journey.getParent().toString(), "-o", journey.toString()),
                "compliance", journey.toString(), journey.toString());
        assertThat(Files.readString(profile)).isEqualTo("extends: recommended\n");
    }

    @Test
    void aFileInsideARulePackIsAnInput() {
        Path pack = Path.of("../samples/rule-pack");
        Path inside = pack.resolve("report.md");
        CliRun run = CliRun.run("audit", RETAIL, "--rule-pack", pack.toString(), "-o", inside.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("journey-audit: -o " + inside + " would overwrite " + pack
                + " (a file in it), an input of this command; write the report to another file\n");
        assertThat(Files.exists(inside)).isFalse();
    }

    @Test
    void aReportWrittenAgainIsReplacedWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("report.md"), "an older and much longer report ".repeat(2_000));
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
        CliRun run = CliRun.run("audit", RETAIL, "--as-of", "2026-11-22", "--format", "markdown", "-o", report.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(report)).isEqualTo(CliRun.run("audit", RETAIL, "--as-of", "2026-11-22", "--format", "markdown").out());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r-----");
        assertThat(names(dir)).containsExactly("report.md");
    }

    @Test
    void aLinkNamedByMinusOStaysALinkAndTheFileItLeadsToIsReplaced(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(dir.resolve("real.md"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("latest.md"), real.getFileName());
        CliRun run = CliRun.run("audit", RETAIL, "--as-of", "2026-11-22", "--format", "markdown", "-o", link.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("# Journey audit: Defective goods claim\n");
        assertThat(names(dir)).containsExactly("latest.md", "real.md");
    }

    @Test
    void aMissingDirectoryIsNamedAndNotCreated(@TempDir Path dir) {
        Path report = dir.resolve("out/report.json");
        CliRun run = CliRun.run("audit", RETAIL, "--format", "json", "-o", report.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("journey-audit: cannot write " + report + ": the directory " + dir.resolve("out") + " does not exist\n");
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsNamed(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "notes\n");
        Path report = file.resolve("report.md");
        CliRun run = CliRun.run("audit", RETAIL, "--format", "markdown", "-o", report.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("journey-audit: cannot write " + report + ": " + file + " is not a directory\n");
        assertThat(Files.readString(file)).isEqualTo("notes\n");
    }

    @Test
    void aFailedReplacementLeavesWhatWasThereAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectories(dir.resolve("report.md"));
        Files.writeString(target.resolve("kept.txt"), "kept\n");
        CliRun run = CliRun.run("audit", RETAIL, "--format", "markdown", "-o", target.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("journey-audit: cannot write " + target + ": it is a directory\n");
        assertThat(names(dir)).containsExactly("report.md");
        assertThat(Files.readString(target.resolve("kept.txt"))).isEqualTo("kept\n");
    }

    @Test
    void aDeviceIsNotReplacedByAReport(@TempDir Path dir) {
        CliRun run = CliRun.run("audit", RETAIL, "-o", "/dev/null");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("journey-audit: cannot write /dev/null: it is not a regular file (a device, named pipe or socket); "
                + "leave out -o to write to standard output\n");
    }

    @Test
    void anUnwritableDirectorySaysPermissionDeniedAndKeepsThePreviousReport(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path report = Files.writeString(out.resolve("report.md"), "previous report\n");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(out), "the superuser may write into any directory");
            CliRun run = CliRun.run("audit", RETAIL, "--format", "markdown", "-o", report.toString());
            assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(run.err()).isEqualTo("journey-audit: cannot write " + report + ": permission denied\n");
            assertThat(Files.readString(report)).isEqualTo("previous report\n");
            assertThat(names(out)).containsExactly("report.md");
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theOperatingSystemsReasonsArePlainWords() {
        assertThat(ReportFile.reason(new FileSystemException("out/.report.md.tmp", null, "No space left on device"), "out"))
                .isEqualTo("no space left on the device");
        assertThat(ReportFile.reason(new FileSystemException("out/.report.md.tmp", null, "Read-only file system"), "out"))
                .isEqualTo("the file system is read-only");
        assertThat(ReportFile.reason(new FileSystemException("out/.report.md.tmp", null, "Disk quota exceeded"), "out"))
                .isEqualTo("the disk quota is exceeded");
        assertThat(ReportFile.reason(new java.nio.file.AccessDeniedException("out/.report.md.tmp"), "out")).isEqualTo("permission denied");
        assertThat(ReportFile.reason(new java.nio.file.NoSuchFileException("out/.report.md.tmp"), "out"))
                .isEqualTo("the directory out does not exist");
    }

    private static java.util.List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
