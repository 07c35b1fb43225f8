package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.evidence.EventLog;
import org.journeyaudit.engine.evidence.Evidence;
import org.journeyaudit.engine.evidence.EvidenceFacts;
import org.journeyaudit.engine.evidence.LogMapping;
import org.journeyaudit.engine.evidence.LogMappingReader;
import org.journeyaudit.engine.evidence.ObservedMeasures;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.recommend.Recommendation;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In an audit beside its event log, a stage's cases a month as the log shows them price the recommendations there. */
class ObservedPricingAuditTest {

    private static final Auditor AUDITOR = new Auditor(RuleBase.builtIn());
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @TempDir
    Path dir;

    private static final String JOURNEY = """
            id: defective-goods
            currency: EUR
            stages:
              - id: file-claim
                casesPerMonth: 400
                steps:
                  - {id: check-history, name: Check the claim history, actor: L1, kind: check, minutes: 5, costPerMinute: 2}
                  - {id: check-history-again, name: Check the claim history, actor: L1, kind: check, minutes: 5, costPerMinute: 2}
            """;

    /** 200 cases from 1 March 09:00 to 60 days 21 hours later: two average months (60.875 days), 100 cases a month. */
    private Path log() throws IOException {
        StringBuilder csv = new StringBuilder("case,timestamp,activity,actor\n");
        LocalDateTime start = LocalDateTime.of(2025, 3, 1, 9, 0);
        for (int i = 1; i <= 200; i++) {
            LocalDateTime at = i < 200 ? start.plusHours(i - 1) : start.plusDays(60).plusHours(20).plusMinutes(50);
            csv.append("c").append(i).append(',').append(AT.format(at)).append(",check-history,L1\n");
            csv.append("c").append(i).append(',').append(AT.format(at.plusMinutes(10))).append(",check-history-again,L1\n");
        }
        return Files.writeString(dir.resolve("tickets.csv"), csv.toString());
    }

    private Audit audit(boolean withLog) throws IOException {
        Journey journey = new JourneyReader().read("journey.yaml", JOURNEY.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        AuditOptions options = AuditOptions.asOf(SampleJourneysTest.AS_OF);
        if (!withLog) {
            return AUDITOR.audit(journey, options);
        }
        LogMapping mapping = LogMappingReader.byNames(journey);
        ObservedMeasures measures = ObservedMeasures.of(journey, EventLog.open(log(), mapping), mapping);
        List<Object> facts = EvidenceFacts.of(new Evidence(journey, "tickets.csv", measures));
        return AUDITOR.audit(journey, facts, options);
    }

    private static Recommendation merge(Audit audit) {
        return audit.recommendations().stream().filter(r -> r.action().word().equals("merge-steps")).findFirst().orElseThrow();
    }

    @Test
    void theLogsCasesPriceTheRecommendationAndTheVolumeDriftIsFound() throws IOException {
        Recommendation without = merge(audit(false));
        assertThat(without.impact().formula()).isEqualTo("400 cases/month x 300 s / 60 x 2 EUR/min x 12 months = 48,000 EUR");

        Audit audit = audit(true);
        Recommendation merge = merge(audit);
        assertThat(merge.impact().formula())
                .isEqualTo("100 cases/month x 300 s / 60 x 2 EUR/min x 12 months = 12,000 EUR (cases a month as the log tickets.csv shows them)");
        assertThat(merge.impact().inputs().get(0).source().word()).isEqualTo("observed");
        assertThat(merge.impact().inputs().get(0).from()).isEqualTo("cases of stage file-claim in the log tickets.csv: 200 over 61 days");
        assertThat(audit.findings().stream().filter(f -> f.ruleId().equals("evidence/volume-drift")).map(f -> f.message()).toList())
                .containsExactly("At stage 'file-claim' the log shows 100 cases a month (200 cases over 61 days), the document gives 400: "
                        + "4 times apart, more than the 1.5 allowed");
    }
}
