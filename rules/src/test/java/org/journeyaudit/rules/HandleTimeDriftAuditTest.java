package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.Recommendation;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In an audit beside its event log, a handle time far from the touchpoint's is found in English and Russian and proposes to update it. */
class HandleTimeDriftAuditTest {

    private static final Auditor AUDITOR = new Auditor(RuleBase.builtIn());

    @TempDir
    Path dir;

    private static final String JOURNEY = """
            id: faults
            currency: EUR
            channels:
              - {id: phone, mode: assisted, costPerMinute: 2}
            stages:
              - id: report-fault
                touchpoints:
                  - {channel: phone, status: present, volumePerMonth: 400, handleSeconds: 180}
                steps:
                  - {id: take-call, actor: agent, kind: work, minutes: 6}
            """;

    /** 24 calls, one a day, each handled for 6 min 5 s (as the telephony writes it) but the fourth, handled for 2 min. */
    private Path log() throws IOException {
        StringBuilder csv = new StringBuilder("case,timestamp,activity,actor,channel,AHT\n");
        for (int i = 1; i <= 24; i++) {
            csv.append("c").append(i).append(",2025-03-").append(String.format("%02d", i)).append(" 09:00:00,take-call,agent,phone,")
                    .append(i == 4 ? "120" : "0:06:05").append('\n');
        }
        return Files.writeString(dir.resolve("calls.csv"), csv.toString());
    }

    private Audit audit(Language language) throws IOException {
        Journey journey = new JourneyReader().read("journey.yaml", JOURNEY.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        LogMapping mapping = LogMappingReader.byNames(journey);
        ObservedMeasures measures = ObservedMeasures.of(journey, EventLog.open(log(), mapping), mapping);
        List<Object> facts = EvidenceFacts.of(new Evidence(journey, "calls.csv", measures));
        return AUDITOR.audit(journey, facts, AuditOptions.asOf(SampleJourneysTest.AS_OF).withLanguage(language));
    }

    private static List<Finding> drifts(Audit audit) {
        return audit.findings().stream().filter(f -> f.ruleId().equals("evidence/handle-time-drift")).toList();
    }

    @Test
    void theDriftIsFoundInEnglishWithItsFiguresAndProposesToUpdateTheHandleTime() throws IOException {
        Audit audit = audit(Language.EN);

        assertThat(drifts(audit)).extracting(Finding::message).containsExactly("At stage 'report-fault' the log shows a median "
                + "handle time of 6 minutes 5 seconds on phone (p90 6 minutes 5 seconds; 24 contacts measured over 23 days), the "
                + "document gives 3 minutes: 2.03 times longer, more than the 1.5 allowed, so the document's cost to serve there is understated");
        assertThat(drifts(audit).get(0).evidence()).containsEntry("observedSeconds", 365L).containsEntry("documentedSeconds", 180.0)
                .containsEntry("longer", true);
        Recommendation update = audit.recommendations().stream().filter(r -> r.action().word().equals("update-handle-times"))
                .findFirst().orElseThrow();
        assertThat(update.title()).isEqualTo("Bring the document's handle times up to date with the log: report-fault on phone");
    }

    @Test
    void theDriftReadsInRussian() throws IOException {
        Audit audit = audit(Language.RU);

        assertThat(drifts(audit)).extracting(Finding::message).containsExactly("На этапе 'report-fault' журнал показывает медианное "
                + "время обработки 6 минут 5 секунд в канале phone (p90 6 минут 5 секунд; измерено 24 контакта за 23 дня), а в "
                + "документе указано 3 минуты: дольше в 2,03 раза, допустимо расхождение не более чем в 1,5 раза, поэтому стоимость "
                + "обслуживания в этой точке контакта по документу занижена");
        assertThat(audit.recommendations()).filteredOn(r -> r.action().word().equals("update-handle-times"))
                .extracting(Recommendation::title).containsExactly("Привести время обработки в документе в соответствие с журналом: report-fault (канал phone)");
    }

    @Test
    void theLogsHandleTimePricesTheTouchpointsContactsMarkedObservedWhereTheDocumentsPricedThemBefore() throws IOException {
        Recommendation shift = selfService(audit(Language.EN));
        Recommendation russian = selfService(audit(Language.RU));
        Journey journey = new JourneyReader().read("journey.yaml", JOURNEY.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        Recommendation without = selfService(AUDITOR.audit(journey, AuditOptions.asOf(SampleJourneysTest.AS_OF)));

        assertThat(without.impact().formula()).isEqualTo("80 contacts/month x 180 s / 60 x 2 EUR/min x 12 months = 5,760 EUR");
        assertThat(shift.impact().formula())
                .isEqualTo("80 contacts/month x 365 s / 60 x 2 EUR/min x 12 months = 11,680 EUR (handle times as the log calls.csv shows them)");
        assertThat(shift.impact().inputs()).filteredOn(i -> i.name().equals("handleSeconds")).singleElement().satisfies(input -> {
            assertThat(input.value()).isEqualTo(365.0);
            assertThat(input.source().word()).isEqualTo("observed");
            assertThat(input.from()).isEqualTo("median handle time of touchpoint report-fault@phone in the log calls.csv: 24 contacts over 23 days");
        });
        assertThat(russian.impact().formula()).endsWith(" (время обработки — по журналу calls.csv)");
        assertThat(russian.impact().inputs()).filteredOn(i -> i.name().equals("handleSeconds")).extracting(i -> i.from())
                .containsExactly("медиана времени обработки точки контакта report-fault@phone в журнале calls.csv: 24 контакта за 23 дня");
    }

    private static Recommendation selfService(Audit audit) {
        return audit.recommendations().stream().filter(r -> r.action().word().equals("add-self-service")).findFirst().orElseThrow();
    }
}
