package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Journey names, versions, custom check messages and titles and suppression reasons reach the Markdown
 * reports escaped: a report pasted into a wiki shows them as written and runs nothing.
 */
class MarkdownEscapingTest {

    @TempDir
    Path dir;

    private Path hostileJourney() throws Exception {
        String journey = Files.readString(Path.of("../samples/retail-defective-goods.yaml"))
                .replace("name: Defective goods claim", "name: \"Claim <script>alert(1)</script> | # x\"")
                .replace("version: \"before\"", "version: \"[v](javascript:alert(1))\"");
        Path file = Files.writeString(dir.resolve("j.yaml"), journey);
        Files.writeString(dir.resolve("j.suppressions.yaml"), """
                suppressions:
                  - rule: redundancy/unused-output
                    element: item:defect.photo
                    reason: "<img src=x onerror=alert(1)> ![x](http://evil)\\n| forged | row |"
                    expires: 2027-03-31
                """);
        return file;
    }

    private Path hostileChecks() throws Exception {
        return Files.writeString(dir.resolve("checks.yaml"), """
                checks:
                  - id: hostile
                    title: "<a href=\\"http://evil\\">title</a>"
                    severity: warning
                    message: "{stage} on {channel}: <a href=\\"http://evil\\">x</a> &amp; `tick` **b**"
                    select: {touchpoint: {channel: phone}}
                    require: {equals: {field: notifies, value: true}}
                """);
    }

    /** Outside code spans (where nothing is markup), nothing a user wrote turns into a tag, a link, an image or a line of its own. */
    private static void assertNoMarkupFromUsers(String markdown) {
        assertThat(markdown.replaceAll("`[^`\n]*`", "")).doesNotContain("<script", "<img", "<a ", "[v](", "[x](", "\n| forged", "&amp;</");
    }

    @Test
    void theAuditReportEscapesEveryUserText() throws Exception {
        CliRun run = CliRun.run("audit", hostileJourney().toString(), "--checks", hostileChecks().toString(), "--as-of", "2026-11-22",
                "--format", "markdown");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("# Journey audit: Claim &lt;script&gt;alert(1)&lt;/script&gt; \\| # x\n\n"
                + "Journey `retail-defective-goods`, version \\[v\\](javascript:alert(1)), audited as of 2026-11-22.\n");
        assertThat(run.out()).contains("| F2 | warning | `custom/hostile` | file-claim | file-claim on phone: "
                + "&lt;a href=\"http://evil\"&gt;x&lt;/a&gt; &amp;amp; \\`tick\\` \\*\\*b\\*\\* |\n");
        assertThat(run.out()).contains("| `item:defect.photo` | &lt;img src=x onerror=alert(1)&gt; !\\[x\\](http://evil) "
                + "\\| forged \\| row \\| | 2027-03-31 |\n");
        assertNoMarkupFromUsers(run.out());
    }

    @Test
    void theComplianceMatrixEscapesTheCustomChecksTitle() throws Exception {
        CliRun run = CliRun.run("compliance", hostileJourney().toString(), "--checks", hostileChecks().toString(), "--as-of", "2026-11-22",
                "--format", "markdown");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("| Rule | `retail-defective-goods [v](javascript:alert(1))` | Pass | Fail | Suppressed | N/A |\n");
        assertThat(run.out()).contains("1. `custom/hostile`: failed by 1 of 1 (&lt;a href=\"http://evil\"&gt;title&lt;/a&gt;)\n");
        assertNoMarkupFromUsers(run.out());
    }

    @Test
    void theComparisonEscapesTheJourneysNameAndVersions() throws Exception {
        Path before = hostileJourney();
        CliRun run = CliRun.run("diff", before.toString(), "../samples/retail-defective-goods.yaml", "--as-of", "2026-11-22",
                "--format", "markdown");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("# Journey comparison: Defective goods claim\n\n"
                + "Journey `retail-defective-goods`, \\[v\\](javascript:alert(1)) -> before, both audited as of 2026-11-22.\n");
        assertNoMarkupFromUsers(run.out());
    }
}
