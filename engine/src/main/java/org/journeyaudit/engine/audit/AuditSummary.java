package org.journeyaudit.engine.audit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.finding.Family;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.finding.Severity;

/**
 * The figures at the top of a report: findings by severity and by family, and the annual savings of
 * the recommendations that could be priced.
 */
public record AuditSummary(
        int findings,
        Map<Severity, Integer> bySeverity,
        Map<String, Integer> byFamily,
        int recommendations,
        BigDecimal annualSavings,
        String currency) {

    /** Families in the order reports show them ({@link Family}). */
    public static final List<String> FAMILIES = Family.words();

    public static AuditSummary of(Audit audit) {
        Map<Severity, Integer> bySeverity = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, 0);
        }
        Map<String, Integer> byFamily = new LinkedHashMap<>();
        for (Finding finding : audit.findings()) {
            bySeverity.merge(finding.severity(), 1, Integer::sum);
            byFamily.merge(finding.family(), 1, Integer::sum);
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        FAMILIES.stream().filter(byFamily::containsKey).forEach(f -> ordered.put(f, byFamily.get(f)));
        byFamily.forEach(ordered::putIfAbsent);
        // null, not zero, when no recommendation could be priced: "nothing to save" would be untrue
        BigDecimal savings = audit.recommendations().stream()
                .map(r -> r.impact().annualSavings())
                .filter(s -> s != null)
                .reduce(BigDecimal::add)
                .orElse(null);
        return new AuditSummary(audit.findings().size(), bySeverity, ordered, audit.recommendations().size(), savings,
                audit.journey().currency());
    }

    public Severity worst() {
        return bySeverity.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
