package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditBudget;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.AuditTooLargeException;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.rules.benchmark.HostileJourney;
import org.junit.jupiter.api.Test;

/**
 * Audits take emptied sessions from the knowledge base's pool: a session that audited another journey, or
 * was halted over its budget, holds nothing of it when the next journey is audited in it.
 */
class ReusedSessionTest {

    private static final JourneyReader READER = new JourneyReader();
    private static final AuditOptions OPTIONS = AuditOptions.asOf(SampleJourneysTest.AS_OF);
    private static final Path SAMPLES = SampleJourneysTest.SAMPLES;

    @Test
    void aJourneyAuditedAfterAHaltedAuditAndAfterAnotherJourneyGetsItsExpectedReport() throws Exception {
        Auditor small = new Auditor(RuleBase.builtIn(), new AuditBudget(Duration.ofSeconds(10), 50));
        Auditor auditor = new Auditor(RuleBase.builtIn());

        assertThatThrownBy(() -> small.audit(HostileJourney.askingSteps(200), OPTIONS))
                .isInstanceOf(AuditTooLargeException.class)
                .hasMessage("the audit of journey 'asking' needed more than 50 rule firings, the most one audit may spend; it was stopped");
        Audit afterHalted = auditor.audit(READER.read(SAMPLES.resolve("retail-defective-goods.yaml")), OPTIONS);
        auditor.audit(READER.read(SAMPLES.resolve("bank-card-loss.yaml")), OPTIONS);
        Audit afterAnother = auditor.audit(READER.read(SAMPLES.resolve("retail-defective-goods.yaml")), OPTIONS);

        Object expected = SampleJourneysTest.YAML.readValue(SAMPLES.resolve("expected/retail-defective-goods.yaml").toFile(), Object.class);
        assertThat(digested(afterHalted)).isEqualTo(expected);
        assertThat(digested(afterAnother)).isEqualTo(expected);
        assertThat(JsonReport.write(JsonReport.audit(afterAnother))).isEqualTo(JsonReport.write(JsonReport.audit(afterHalted)));
        assertThat(afterHalted.findings()).hasSize(4);
    }

    private static Object digested(Audit audit) {
        return SampleJourneysTest.YAML.readValue(SampleJourneysTest.YAML.writeValueAsString(SampleJourneysTest.digest(audit)), Object.class);
    }
}
