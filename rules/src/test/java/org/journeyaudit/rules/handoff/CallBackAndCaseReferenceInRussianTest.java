package org.journeyaudit.rules.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.Recommendation;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

/** The open-ended call-back and the untracked queue as a Russian report words them, with the actions they propose. */
class CallBackAndCaseReferenceInRussianTest {

    private static final Auditor AUDITOR = new Auditor(RuleBase.builtIn());

    private static final String CLAIM = """
            id: claim
            channels:
              - {id: phone, mode: assisted}
            stages:
              - id: file-claim
                touchpoints:
                  - {channel: phone, status: present, callback: {}}
                steps:
                  - {id: take-call, actor: L1, system: CRM}
                  - {id: review-photo, actor: claims desk, system: shared mailbox, caseReference: false}
                  - {id: order-parts, actor: master, caseReference: false}
            """;

    private static Audit audit(Language language) {
        return AUDITOR.audit(new JourneyReader().read("claim.yaml", CLAIM.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML),
                AuditOptions.asOf(java.time.LocalDate.of(2026, 11, 1)).withLanguage(language));
    }

    @Test
    void theFindingsReadInRussian() {
        assertThat(audit(Language.RU).findings().stream()
                .filter(f -> f.ruleId().equals("handoff/callback-window") || f.ruleId().equals("handoff/untracked-queue"))
                .map(Finding::message)).containsExactly(
                "На этапе 'file-claim' в канале 'phone' клиенту обещают перезвонить, не называя срока: клиент не знает, когда ждать звонка, "
                        + "и обращается повторно",
                "На этапе 'file-claim' работа проходит шаг 'order-parts' (master) без номера обращения: никто не может сказать, на какой "
                        + "стадии обращение и не потеряно ли оно",
                "На этапе 'file-claim' работа проходит шаг 'review-photo' (claims desk, shared mailbox) без номера обращения: никто не может "
                        + "сказать, на какой стадии обращение и не потеряно ли оно");
    }

    @Test
    void eachProposesItsAction() {
        assertThat(audit(Language.RU).recommendations().stream().filter(r -> r.findings().contains("F5") || r.findings().contains("F8"))
                .map(Recommendation::title)).containsExactly(
                        "Работать по единому стандарту обслуживания во всех каналах: file-claim (канал phone)",
                        "Передавать обращение внутри одной системы: review-photo");
        assertThat(audit(Language.EN).recommendations().stream().map(r -> r.title() + " " + r.targets() + " " + r.findings()))
                .containsExactly(
                        "Measure, analyse and review the journey on cadence: claim [journey:claim] [F1, F2, F3]",
                        // the open-ended call-back: one call-back standard with its window on every channel
                        "Work to one service standard on every channel: file-claim on phone [touchpoint:file-claim@phone] [F5]",
                        // each untracked step: register its work as a case in the system the next actor works in
                        "Hand the case over inside one system: order-parts [step:order-parts] [F7]",
                        "Hand the case over inside one system: review-photo [step:review-photo] [F8]",
                        "Add a self-service option: file-claim [stage:file-claim] [F4]",
                        "Hand the case over inside one system: CRM, shared mailbox [system:CRM, system:shared mailbox] [F6]");
    }
}
