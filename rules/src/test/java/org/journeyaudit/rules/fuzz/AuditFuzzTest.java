package org.journeyaudit.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.AuditTooLargeException;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.check.CheckReader;
import org.journeyaudit.engine.check.CustomChecks;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.fuzz.AcceptedJourney;
import org.journeyaudit.engine.fuzz.DocumentContract;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.report.HtmlReport;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.engine.report.MarkdownReport;
import org.journeyaudit.engine.report.TextReport;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whole audits of any input, as the command line and the service run them: the document is read, audited
 * by the built-in rules within the default budget, and written as JSON, text, Markdown and HTML; or it is
 * refused with plain, located problems; or the audit is stopped, over its budget, with a plain message.
 * {@code journey} fuzzes the journey (audited with the sample custom checks); {@code checks} fuzzes a
 * checks file, run over a sample journey whose id is as long as an id may be. Inputs:
 * {@code AuditFuzzTestInputs/<method>/}.
 */
class AuditFuzzTest {

    private static final Path SAMPLES = Path.of("../samples");
    private static final RuleBase RULES = RuleBase.builtIn();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    /** Strict JSON, as any client reads a report: NaN or Infinity in it fail to parse. */
    private static final JsonMapper CLIENT = JsonMapper.builder().build();
    /** What custom findings' messages are cut to, however often they repeat a placeholder. */
    private static final int MAX_CHECK_MESSAGE = 2000;

    private final Auditor auditor = new Auditor(RULES);
    private final JourneyReader reader = new JourneyReader();
    private final CustomChecks sampleChecks = new CheckReader().read(SAMPLES.resolve("checks/copc-consistency.yaml"), RULES.catalogue().ids());
    private final Journey longestId = reader.read("journey.yaml", withLongestId(SAMPLES.resolve("retail-defective-goods.yaml")),
            DocumentFormat.YAML);

    @FuzzTest
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void journey(byte[] document) {
        DocumentFormat format = looksLikeJson(document) ? DocumentFormat.JSON : DocumentFormat.YAML;
        Journey journey = AcceptedJourney.readOrRefused(reader, document, format);
        if (journey != null) {
            auditAndRender(journey, sampleChecks, DocumentContract.decoded(document));
        }
    }

    @FuzzTest
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void checks(byte[] document) {
        CustomChecks checks;
        try {
            checks = new CheckReader().read("checks.yaml", document, DocumentFormat.YAML, RULES.catalogue().ids());
        } catch (InvalidDocumentException refused) {
            DocumentContract.refusedPlainly(refused, document);
            return;
        }
        auditAndRender(longestId, checks, DocumentContract.decoded(document));
    }

    private void auditAndRender(Journey journey, CustomChecks checks, String document) {
        Audit audit;
        try {
            audit = auditor.audit(journey, AuditOptions.asOf(AS_OF).withChecks(checks));
        } catch (AuditTooLargeException overBudget) {
            assertThat(overBudget.journeyId()).isEqualTo(journey.id());
            DocumentContract.assertPlain(overBudget.getMessage(), document);
            return;
        }
        assertThat(audit.findings()).filteredOn(f -> f.ruleId().startsWith("custom/"))
                .allSatisfy(f -> assertThat(f.message()).as("message of %s", f.ruleId()).hasSizeLessThanOrEqualTo(MAX_CHECK_MESSAGE));

        JsonNode json = CLIENT.readTree(JsonReport.write(JsonReport.audit(audit)));
        assertThat(json.path("journey").path("id").asString()).isEqualTo(journey.id());
        assertThat(json.path("findings").size()).isEqualTo(audit.findings().size());
        assertThat(json.path("recommendations").size()).isEqualTo(audit.recommendations().size());

        for (String report : new String[] {TextReport.audit(audit), MarkdownReport.audit(audit), HtmlReport.audit(audit)}) {
            assertThat(report).isNotBlank();
            // a figure that overflowed prints as NaN or Infinity; the document may have written the words itself
            assertThat(count(report, "NaN")).as("NaN in a report").isLessThanOrEqualTo(count(document, "NaN"));
            assertThat(count(report, "Infinity")).as("Infinity in a report").isLessThanOrEqualTo(count(document, "Infinity"));
        }
    }

    private static boolean looksLikeJson(byte[] document) {
        for (byte b : document) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b == '{' || b == '[';
            }
        }
        return false;
    }

    /** A sample journey whose id is as long as an identifier may be (200 characters): each {journey} of a message repeats it. */
    private static byte[] withLongestId(Path sample) {
        try {
            String text = Files.readString(sample);
            return text.replaceFirst("(?m)^id: .*$", "id: " + "long-journey-id-".repeat(12) + "of-200-c").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(String text, String word) {
        int found = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            found++;
        }
        return found;
    }
}
