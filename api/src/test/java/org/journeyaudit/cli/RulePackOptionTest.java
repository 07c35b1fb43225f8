package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --rule-pack DIR} on audit, compliance and rules: pack rules are listed, run and reported; a broken pack exits with 3. */
class RulePackOptionTest {

    static final String PACK = "../samples/rule-pack";
    static final String JOURNEY = PACK + "/journeys/complaints-by-chat.yaml";

    @TempDir
    Path dir;

    @Test
    void auditWithTheSamplePackReportsThePacksFinding() {
        CliRun run = CliRun.run("audit", JOURNEY, "--rule-pack", PACK, "--as-of", "2026-11-22", "--fail-on", "warning");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("""
                  copc
                    WARNING F2   copc/complaint-answer-time  [stage file-complaint]
                                 Key journey 'complaints-by-chat' does not tell customers on chat when the answer to their \
                complaint comes (complaint.answerTime) at stage 'file-complaint'
                """);
        assertThat(run.out()).contains("action align-information, low effort, score 32, answers F1, F2");

        CliRun without = CliRun.run("audit", JOURNEY, "--as-of", "2026-11-22");
        assertThat(without.out()).doesNotContain("copc/");
    }

    @Test
    void rulesListsAndShowsPackRules() {
        CliRun list = CliRun.run("rules", "--rule-pack", PACK);
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("copc\n  copc/complaint-answer-time         warning  A complaint channel does not tell when the answer comes\n")
                .contains("46 rules.");
        CliRun show = CliRun.run("rules", "show", "copc/complaint-answer-time", "--rule-pack", PACK);
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).startsWith("copc/complaint-answer-time: A complaint channel does not tell when the answer comes\n"
                + "Default severity: warning\n").contains("## How to fix it");
        assertThat(CliRun.run("rules", "show", "copc/complaint-answer-time").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void complianceHasAColumnForThePackRule() {
        CliRun run = CliRun.run("compliance", JOURNEY, "--rule-pack", PACK, "--as-of", "2026-11-22", "--format", "csv");
        assertThat(run.out().lines().findFirst().orElseThrow()).contains(",copc/complaint-answer-time,");
        assertThat(run.out().lines().skip(1).findFirst().orElseThrow()).startsWith("complaints-by-chat,1,").contains("fail");
    }

    @Test
    void aPackThatDoesNotCompileStopsTheCommandWithItsErrorsAndExitCode3() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack/demo"));
        Files.writeString(pack.resolve("broken.drl"), """
                package org.example.demo;

                rule "broken"
                  @id("demo/broken")
                when
                  Foo( x == )
                then
                end
                """);
        CliRun run = CliRun.run("audit", JOURNEY, "--rule-pack", dir.resolve("pack").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(pack.resolve("broken.drl") + ":6: [ERR 101] Line 6:12 no viable alternative at input ')' "
                + "in rule \"broken\"\n"
                + "journey-audit: a rule pack cannot be loaded (see above); nothing was run\n");
    }

    @Test
    void aPackRuleWithoutItsPageStopsTheRulesCommand() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack/copc"));
        Files.copy(Path.of(PACK, "copc/complaint-answer-time.drl"), pack.resolve("complaint-answer-time.drl"));
        CliRun run = CliRun.run("rules", "--rule-pack", dir.resolve("pack").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).startsWith(pack.resolve("complaint-answer-time.md") + ": missing; rule 'copc/complaint-answer-time'");
    }
}
