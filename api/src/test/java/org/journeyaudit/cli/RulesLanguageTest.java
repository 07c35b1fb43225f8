package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RulesLanguageTest {

    @Test
    void theCatalogueListsTitlesAndSeveritiesInRussian() {
        CliRun run = CliRun.run("rules", "--lang", "ru");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("consistency\n"
                + "  consistency/conflicting-info       ошибка         Каналы сообщают клиентам разное\n");
        assertThat(run.out()).contains("\nhandoff\n")
                .contains("\n  handoff/excess                     предупреждение Слишком много передач на одном этапе\n");
        assertThat(run.out()).endsWith("\n45 правил. 'journey-audit rules show ID' показывает описание одного правила.\n");
    }

    @Test
    void englishIsTheListingWithoutTheOption() {
        CliRun english = CliRun.run("rules", "--lang", "en");
        CliRun byDefault = CliRun.run("rules");

        assertThat(english.out()).isEqualTo(byDefault.out())
                .contains("\n  handoff/excess                     warning  Too many handoffs in a stage\n")
                .endsWith("\n45 rules. 'journey-audit rules show ID' shows one rule's documentation.\n");
    }

    @Test
    void oneRuleShowsItsRussianTitleAndLabelsAndSaysItsDocumentationIsInEnglish() {
        CliRun run = CliRun.run("rules", "show", "handoff/excess", "--lang", "ru");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("handoff/excess: Слишком много передач на одном этапе\n"
                + "Важность по умолчанию: предупреждение\n"
                + "Параметры:\n"
                + "  max = 3  (most actor changes expected between the steps of one stage)\n"
                + "\n"
                + "Описание правила написано на английском языке.\n"
                + "\n"
                + "# handoff/excess: Too many handoffs in a stage\n");
    }

    @Test
    void theJsonCatalogueGivesTitlesInTheLanguageAskedFor() {
        CliRun run = CliRun.run("rules", "--format", "json", "--lang", "ru");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("\"id\" : \"handoff/excess\",\n  \"family\" : \"handoff\",\n  \"title\" : \"Слишком много передач на одном этапе\",\n");
    }

    @Test
    void anUnknownLanguageIsAUsageErrorThatNamesTheLanguages() {
        CliRun run = CliRun.run("rules", "show", "handoff/excess", "--lang", "fr");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("journey-audit: --lang: 'fr' is not a language reports are written in; expected one of: en, ru\n"
                + "Try 'journey-audit rules show --help' for usage.\n");
    }
}
