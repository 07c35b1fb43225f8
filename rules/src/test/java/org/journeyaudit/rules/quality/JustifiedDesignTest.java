package org.journeyaudit.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

/**
 * A card-loss journey with a deliberate repeat, automated work and a planned handoff beside a true repeat and a true
 * bounce: the audit reports the flaws only, and no recommendation proposes to remove or route around what the design needs.
 */
class JustifiedDesignTest {

    private static final Auditor AUDITOR = new Auditor(RuleBase.builtIn());

    private static final String CARD_LOSS = """
            id: card-loss
            stages:
              - id: report-loss
                steps:
                  - {id: authenticate, actor: agent, system: CRM, minutes: 2, asksCustomer: [security.answer]}
                  - {id: validate-address, actor: card platform, system: card platform, automated: true, uses: [security.answer]}
                  - {id: block-card, actor: agent, system: CRM, minutes: 1, produces: [block.confirmation]}
                  - {id: fraud-review, actor: fraud analyst, system: CRM, minutes: 5, handoffReason: "every lost card with recent payments is reviewed for fraud"}
                  - {id: order-card, actor: card platform, system: card platform, automated: true}
                  - {id: emboss, actor: card bureau, system: bureau portal, automated: true}
                decisions:
                  - {id: block, uses: [security.answer, block.confirmation]}
              - id: activate-card
                steps:
                  - id: re-authenticate
                    actor: agent
                    minutes: 2
                    asksCustomer: [security.answer]
                    repeatReason: "strong customer authentication at each new contact (PSD2)"
                  - {id: ask-card-number, actor: agent, minutes: 1, asksCustomer: [card.number]}
                  - {id: confirm-card, actor: back office, minutes: 1, asksCustomer: [card.number]}
                  - {id: tell-customer, actor: agent, minutes: 1}
                decisions:
                  - {id: activate, uses: [card.number]}
            """;

    @Test
    void theFlawsAreReportedAndNothingTheDesignNeedsIsProposedForRemoval() {
        Audit audit = AUDITOR.audit(new JourneyReader().read("card-loss.yaml", CARD_LOSS.getBytes(StandardCharsets.UTF_8),
                DocumentFormat.YAML), AuditOptions.asOf(LocalDate.parse("2026-11-22")));
        assertThat(audit.findings()).filteredOn(f -> f.ruleId().startsWith("redundancy/") || f.ruleId().startsWith("handoff/"))
                .extracting(f -> f.ruleId() + " " + f.elements() + " " + f.message())
                .containsExactly(
                        "handoff/ping-pong [actor:agent, step:tell-customer] In stage 'activate-card' the work comes back to agent "
                                + "1 time after agent passed it on (from back office)",
                        "redundancy/repeated-request [step:confirm-card, step:ask-card-number, item:card.number] The customer is asked "
                                + "again for card.number at step 'confirm-card' (back office), though step 'ask-card-number' (agent) "
                                + "already asked for it");
        assertThat(audit.recommendations()).extracting(r -> r.action().word() + " " + r.targets())
                .containsExactly("schedule-measurement [journey:card-loss]", "route-directly [step:confirm-card]",
                        "add-channel [stage:activate-card]", "add-channel [stage:report-loss]", "reuse-information [step:confirm-card]");
    }
}
