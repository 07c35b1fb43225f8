package org.journeyaudit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** The job's command line: what it takes, and every mistake said at once with its option. */
class JobArgumentsTest {

    @Test
    void takesADirectoryAndTheRequest() {
        JobArguments arguments = JobArguments.parse("--documents", "journeys/", "--output=out", "--profile", "copc", "--as-of", "2026-11-22",
                "--lang", "ru", "--partitions", "8");
        assertThat(arguments).isEqualTo(new JobArguments("journeys/", null, null, "copc", "2026-11-22", "ru", 8, "out"));
    }

    @Test
    void takesChecksFilesOneAfterAnother() {
        JobArguments arguments = JobArguments.parse("--documents", "journeys/", "--checks", "team.yaml", "--output", "out",
                "--checks=copc.yaml");
        assertThat(arguments.checks()).containsExactly("team.yaml", "copc.yaml");
        assertThat(JobArguments.parse("--documents", "journeys/", "--output", "out").checks()).isEmpty();
    }

    @Test
    void readsATableByItsNameUnlessToldOtherwise() {
        assertThat(JobArguments.parse("--table", "docs.json", "--output", "out").tableFormat()).isEqualTo("json");
        assertThat(JobArguments.parse("--table", "hdfs:///portfolio/docs", "--output", "out").tableFormat()).isEqualTo("parquet");
        assertThat(JobArguments.parse("--table", "docs", "--table-format", "JSON", "--output", "out").tableFormat()).isEqualTo("json");
    }

    @Test
    void saysEveryMistakeWithItsOption() {
        JobArguments.Refused refused = catchThrowableOfType(JobArguments.Refused.class, () -> JobArguments.parse(
                "--documents", "a", "--table", "b", "--table-format", "orc", "--partitions", "0", "--colour", "blue", "stray"));
        assertThat(refused.problems()).containsExactly(
                "unknown option '--colour'; the options are --documents, --table, --table-format, --output, --profile, --checks, --as-of, --lang, --partitions",
                "'blue' is no option; name what it is, e.g. --documents blue",
                "'stray' is no option; name what it is, e.g. --documents stray",
                "--documents and --table both name the documents; give one of them",
                "--table-format: 'orc' is not parquet or json",
                "name where the tables go: --output DIR",
                "--partitions: '0' is not a whole number from 1 to 100000");
    }

    @Test
    void needsTheDocumentsAValueForEachOptionAndEachOptionOnce() {
        JobArguments.Refused refused = catchThrowableOfType(JobArguments.Refused.class, () -> JobArguments.parse(
                "--output", "a", "--output", "b", "--profile"));
        assertThat(refused.problems()).containsExactly(
                "--output is given twice ('a' and 'b')",
                "--profile needs a value",
                "name the documents: --documents DIR or --table PATH");
    }

    @Test
    void theRequestIsJudgedByTheEngineAndSaidWithTheOption() {
        JobArguments arguments = JobArguments.parse("--documents", "d", "--output", "o", "--as-of", "22.11.2026", "--profile", "recomended",
                "--lang", "de");
        JobArguments.Refused refused = catchThrowableOfType(JobArguments.Refused.class, () -> PortfolioAuditJob.request(arguments));
        assertThat(refused.problems()).containsExactly(
                "--as-of: '22.11.2026' is not a date; write it as YYYY-MM-DD",
                "--lang: 'de' is not a language reports are written in; expected one of: en, ru",
                "--profile: unknown profile 'recomended'; did you mean 'recommended'?; the built-in profiles are recommended, copc, all "
                        + "(or give a profile file)");
    }
}
