package org.journeyaudit.engine.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.finding.Severity;

/**
 * Several journeys audited together: each audit, the documents that could not be audited, and the
 * totals across them. Savings are totalled per currency, never converted.
 */
public record Portfolio(List<Audit> audits, List<Rejected> rejected) {

    /** A document that could not be audited, and why. */
    public record Rejected(String source, List<Problem> problems) {
    }

    public Portfolio {
        audits = List.copyOf(audits);
        rejected = List.copyOf(rejected);
    }

    public int findings(Severity severity) {
        // counted from the findings: a whole summary would price every journey's savings for a count
        return (int) audits.stream().flatMap(a -> a.findings().stream()).filter(f -> f.severity() == severity).count();
    }

    public int findings() {
        return audits.stream().mapToInt(a -> a.findings().size()).sum();
    }

    /** Annual savings per currency, each journey's de-overlapped total; journeys that name no currency are totalled under "". */
    public Map<String, BigDecimal> annualSavings() {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (Audit audit : audits) {
            AuditSummary summary = AuditSummary.of(audit);
            if (summary.annualSavings() != null) {
                totals.merge(summary.currency() == null ? "" : summary.currency(), summary.annualSavings(), BigDecimal::add);
            }
        }
        return totals;
    }

    /** How a journey is named in portfolio tables: {@link org.journeyaudit.engine.journey.Journey#label()}. */
    public static String label(Audit audit) {
        return audit.journey().label();
    }

    /** Journeys with the most serious findings first: errors, then warnings, then savings at stake. */
    public List<Audit> worstFirst() {
        // each journey summarised once: a summary prices the journey's savings, too costly to redo at every comparison
        Map<Audit, AuditSummary> summaries = new IdentityHashMap<>();
        audits.forEach(audit -> summaries.put(audit, AuditSummary.of(audit)));
        List<Audit> ordered = new ArrayList<>(audits);
        ordered.sort(Comparator
                .comparingInt((Audit a) -> -summaries.get(a).bySeverity().get(Severity.ERROR))
                .thenComparingInt(a -> -summaries.get(a).bySeverity().get(Severity.WARNING))
                .thenComparing(a -> summaries.get(a).annualSavings(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Portfolio::label));
        return ordered;
    }
}
