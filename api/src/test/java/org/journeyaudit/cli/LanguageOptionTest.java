package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.journeyaudit.engine.language.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --lang en|ru} on every command that writes a report: the language reaches the audit options. */
class LanguageOptionTest {

    private static final String RETAIL = "../samples/retail-defective-goods.yaml";
    private static final String CHANGE = "../samples/changes/crm-replaces-jira.yaml";

    /** The command's pipeline as the command line parses it, prepared as the command prepares it. */
    private static Language languageOf(String... args) {
        CommandLine cli = Cli.create(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
        CommandSpec command = cli.parseArgs(args).subcommand().commandSpec();
        return AuditPipeline.prepare(command, List.of()).request().options().language();
    }

    @Test
    void everyCommandThatWritesAReportTakesTheLanguage() {
        assertThat(languageOf("audit", RETAIL, "--lang", "ru")).isEqualTo(Language.RU);
        assertThat(languageOf("compliance", "../samples", "--lang", "ru")).isEqualTo(Language.RU);
        assertThat(languageOf("diff", RETAIL, RETAIL, "--lang", "ru")).isEqualTo(Language.RU);
        assertThat(languageOf("impact", CHANGE, "../samples", "--lang", "ru")).isEqualTo(Language.RU);
        assertThat(languageOf("audit", RETAIL, "--lang", "en")).isEqualTo(Language.EN);
        assertThat(languageOf("audit", RETAIL, "--lang", "RU")).isEqualTo(Language.RU);
    }

    @Test
    void withoutTheOptionReportsAreInEnglish() {
        assertThat(languageOf("audit", RETAIL)).isEqualTo(Language.EN);
        assertThat(languageOf("compliance", "../samples")).isEqualTo(Language.EN);
        assertThat(languageOf("diff", RETAIL, RETAIL)).isEqualTo(Language.EN);
        assertThat(languageOf("impact", CHANGE, "../samples")).isEqualTo(Language.EN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit", "compliance", "diff", "impact"})
    void aLanguageNotWrittenIsAUsageErrorNamingTheLanguagesAllowed(String command) {
        List<String> files = switch (command) {
            case "diff" -> List.of(RETAIL, RETAIL);
            case "impact" -> List.of(CHANGE, RETAIL);
            default -> List.of(RETAIL);
        };
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.concat(java.util.stream.Stream.of(command), files.stream()),
                java.util.stream.Stream.of("--lang", "fr")).toArray(String[]::new);

        CliRun run = CliRun.run(args);

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("journey-audit: --lang: 'fr' is not a language reports are written in; expected one of: en, ru\n"
                + "Try 'journey-audit " + command + " --help' for usage.\n");
    }

    @Test
    void theEnglishReportIsTheOneWrittenWithoutTheOption() {
        CliRun english = CliRun.run("audit", RETAIL, "--as-of", "2026-11-22", "--lang", "en");
        CliRun byDefault = CliRun.run("audit", RETAIL, "--as-of", "2026-11-22");
        assertThat(english.exitCode()).isEqualTo(byDefault.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(english.out()).isEqualTo(byDefault.out());
    }

    @Test
    void everyProblemOfTheRequestIsReportedAtOnce() {
        CliRun run = CliRun.run("audit", RETAIL, "--as-of", "22.11.2026", "--fail-on", "sometimes", "--lang", "de",
                "--effort", "add-channel=tiny");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("journey-audit: --as-of: '22.11.2026' is not a date; write it as YYYY-MM-DD\n"
                + "journey-audit: --fail-on: 'sometimes' is not error, warning, info or never\n"
                + "journey-audit: --effort add-channel=tiny: effort is low, medium or high\n"
                + "journey-audit: --lang: 'de' is not a language reports are written in; expected one of: en, ru\n"
                + "Try 'journey-audit audit --help' for usage.\n");
    }
}
