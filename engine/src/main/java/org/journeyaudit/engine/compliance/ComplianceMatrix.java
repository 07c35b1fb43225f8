package org.journeyaudit.engine.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.Portfolio;
import org.journeyaudit.engine.finding.Family;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.profile.Profile;
import org.journeyaudit.engine.rulebase.RuleCatalogue;
import org.journeyaudit.engine.rulebase.RuleDescription;

/**
 * A portfolio's compliance: every journey against every rule of the catalogue, each cell pass, fail,
 * suppressed or not applicable, with the counts per rule and per journey.
 *
 * <p>Not applicable means the profile disables the rule, or the journey has nothing the rule's family
 * looks at: redundancy and handoff rules need backstage steps; coverage rules need declared channels;
 * consistency rules need a stage served on at least two service channels (there is nothing to be
 * consistent with; an advert or a partner is not compared) or a stage with required information; governance rules
 * apply to every journey; failure demand rules need contacts counted by reason. A rule that nevertheless raises a finding fails.
 */
public record ComplianceMatrix(String profile, List<RuleDescription> rules, List<Row> rows) {

    /** One journey's cells, in rule order. */
    public record Row(Audit audit, List<Cell> cells) {
        public String label() {
            return Portfolio.label(audit);
        }

        public Map<Cell, Integer> counts() {
            return ComplianceMatrix.counts(cells);
        }

        public int errors() {
            return (int) audit.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        }
    }

    public static ComplianceMatrix of(List<Audit> audits, RuleCatalogue catalogue, Profile profile) {
        List<RuleDescription> rules = catalogue.rules();
        List<Row> rows = new ArrayList<>();
        for (Audit audit : audits) {
            List<Cell> cells = new ArrayList<>();
            for (RuleDescription rule : rules) {
                cells.add(cell(audit, rule, profile));
            }
            rows.add(new Row(audit, cells));
        }
        return new ComplianceMatrix(profile.name(), rules, rows);
    }

    private static Cell cell(Audit audit, RuleDescription rule, Profile profile) {
        if (!profile.enabled(rule)) {
            return Cell.NOT_APPLICABLE;
        }
        if (audit.findings().stream().anyMatch(f -> f.ruleId().equals(rule.id()))) {
            return Cell.FAIL;
        }
        if (audit.suppressed().stream().anyMatch(s -> s.finding().ruleId().equals(rule.id()))) {
            return Cell.SUPPRESSED;
        }
        return applies(rule, audit.journey()) ? Cell.PASS : Cell.NOT_APPLICABLE;
    }

    /** Whether the journey has what the rule's family looks at ({@link Family#appliesTo}); other families judge every journey. */
    static boolean applies(RuleDescription rule, Journey journey) {
        return Family.of(rule.family()).map(f -> f.appliesTo(journey)).orElse(true);
    }

    public Cell cell(int row, int rule) {
        return rows.get(row).cells().get(rule);
    }

    /** A rule's column counts. */
    public Map<Cell, Integer> ruleCounts(int rule) {
        return counts(rows.stream().map(r -> r.cells().get(rule)).toList());
    }

    /** The journeys with the most failing rules first; then the most error findings; then by label. */
    public List<Row> worstJourneys() {
        List<Row> ordered = new ArrayList<>(rows.stream().filter(r -> r.counts().get(Cell.FAIL) > 0).toList());
        ordered.sort(Comparator.comparingInt((Row r) -> -r.counts().get(Cell.FAIL)).thenComparingInt(r -> -r.errors())
                .thenComparing(Row::label));
        return ordered;
    }

    /** Rules failed by at least one journey, the most failed first (then by id). */
    public List<RuleDescription> mostBrokenRules() {
        Map<RuleDescription, Integer> failures = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            int failed = ruleCounts(i).get(Cell.FAIL);
            if (failed > 0) {
                failures.put(rules.get(i), failed);
            }
        }
        return failures.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<RuleDescription, Integer> e) -> -e.getValue()).thenComparing(e -> e.getKey().id()))
                .map(Map.Entry::getKey).toList();
    }

    public int failures(RuleDescription rule) {
        return ruleCounts(rules.indexOf(rule)).get(Cell.FAIL);
    }

    static Map<Cell, Integer> counts(List<Cell> cells) {
        Map<Cell, Integer> counts = new EnumMap<>(Cell.class);
        for (Cell cell : Cell.values()) {
            counts.put(cell, 0);
        }
        cells.forEach(c -> counts.merge(c, 1, Integer::sum));
        return counts;
    }
}
