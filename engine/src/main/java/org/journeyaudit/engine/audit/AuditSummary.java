package org.journeyaudit.engine.audit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.finding.Family;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.CostToServe;
import org.journeyaudit.engine.recommend.SavingsTotal;

/**
 * The figures at the top of a report: findings by severity and by family, the annual savings of the recommendations
 * that could be priced, each minute counted once ({@link SavingsTotal}), their plain sum where overlaps make it differ
 * (null otherwise), and the journey's cost to serve a year (null where nothing could be priced).
 */
public record AuditSummary(
        int findings,
        Map<Severity, Integer> bySeverity,
        Map<String, Integer> byFamily,
        int recommendations,
        BigDecimal annualSavings,
        String currency,
        BigDecimal annualSavingsPlainSum,
        BigDecimal costToServe) {

    /** Families in the order reports show them ({@link Family}). */
    public static final List<String> FAMILIES = Family.words();

    public static AuditSummary of(Audit audit) {
        return of(audit, CostToServe.of(audit.journey(), audit.observed(), Language.EN));
    }

    /** The same with the journey's cost to serve already worked out (in any language), which the total of savings reads. */
    public static AuditSummary of(Audit audit, CostToServe cost) {
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
        SavingsTotal savings = SavingsTotal.of(cost, audit.recommendations());
        return new AuditSummary(audit.findings().size(), bySeverity, ordered, audit.recommendations().size(), savings.annual(),
                audit.journey().currency(), savings.overlaps() ? savings.plainSum() : null, savings.costToServe());
    }

    public Severity worst() {
        return bySeverity.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
