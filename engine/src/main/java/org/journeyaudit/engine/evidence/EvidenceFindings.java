package org.journeyaudit.engine.evidence;

import java.util.List;

import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.finding.Family;
import org.journeyaudit.engine.finding.Finding;

/**
 * The reconciliation findings of a journey beside its log: the journey audited with the log's facts
 * ({@link EvidenceFacts}) in its session, keeping the findings of the {@code evidence/} rules (the design's own flaws
 * are the {@code audit} command's business).
 */
public final class EvidenceFindings {

    private EvidenceFindings() {
    }

    public static List<Finding> of(Auditor auditor, Evidence evidence, AuditOptions options) {
        return auditor.audit(evidence.journey(), EvidenceFacts.of(evidence), options).findings().stream()
                .filter(f -> Family.ofRule(f.ruleId()).orElse(null) == Family.EVIDENCE).toList();
    }
}
