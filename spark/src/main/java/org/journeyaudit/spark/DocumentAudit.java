package org.journeyaudit.spark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditTooLargeException;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.compliance.ComplianceMatrix;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.profile.Profile;
import org.journeyaudit.engine.recommend.Impact;
import org.journeyaudit.engine.recommend.ImpactInput;
import org.journeyaudit.engine.recommend.Recommendation;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.engine.rulebase.RuleDescription;
import org.journeyaudit.spark.rows.AuditedJourney;
import org.journeyaudit.spark.rows.ComplianceRow;
import org.journeyaudit.spark.rows.FindingRow;
import org.journeyaudit.spark.rows.ProblemRow;
import org.journeyaudit.spark.rows.RecommendationRow;

/**
 * Audits one journey document as the command line audits a file: read with the engine's reader and its limits, audited
 * in a session of its own on the rule base of this JVM, and given as rows. A document that cannot be read, or whose
 * audit goes over the budget, gives its problems instead: one document never fails the job.
 */
public final class DocumentAudit {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private final RuleBase ruleBase;
    private final Auditor auditor;
    private final AuditSettings settings;
    private final Profile profile;
    private final AuditOptions options;
    private final JourneyReader reader = new JourneyReader();

    public DocumentAudit(RuleBase ruleBase, AuditSettings settings) {
        this.ruleBase = ruleBase;
        this.settings = settings;
        this.auditor = new Auditor(ruleBase, settings.budget());
        this.profile = settings.profile();
        this.options = settings.options();
    }

    /** The rows of the document at {@code path}; YAML unless its name ends in {@code .json}, as for a file. */
    public AuditedJourney audit(String path, byte[] document) {
        AuditedJourney rows = new AuditedJourney(path);
        Journey journey;
        try {
            journey = reader.read(path, document, DocumentFormat.ofFileName(path));
        } catch (InvalidDocumentException invalid) {
            invalid.problems().forEach(problem -> rows.getProblems().add(problemRow(path, problem)));
            return rows;
        }
        Audit audit;
        try {
            audit = auditor.audit(journey, options);
        } catch (AuditTooLargeException tooLarge) {
            rows.getProblems().add(new ProblemRow(path, 0, 0, "", "", tooLarge.getMessage()));
            return rows;
        }
        String id = journey.id();
        String version = journey.version();
        for (Finding finding : audit.findings()) {
            rows.getFindings().add(new FindingRow(id, version, path, finding.id(), finding.ruleId(), finding.family(),
                    finding.severity().word(), finding.stage(), finding.elements(), finding.message()));
        }
        for (Recommendation recommendation : audit.recommendations()) {
            rows.getRecommendations().add(recommendationRow(id, version, path, recommendation));
        }
        // the custom checks are columns of the matrix as the rules are, as in the command line's and the service's
        ComplianceMatrix matrix = ComplianceMatrix.of(List.of(audit), options.checks().addedTo(ruleBase.catalogue()), profile);
        List<RuleDescription> rules = matrix.rules();
        for (int rule = 0; rule < rules.size(); rule++) {
            rows.getCompliance().add(new ComplianceRow(id, version, path, rules.get(rule).id(), matrix.cell(0, rule).word()));
        }
        return rows;
    }

    private static RecommendationRow recommendationRow(String id, String version, String path, Recommendation recommendation) {
        Impact impact = recommendation.impact();
        RecommendationRow row = new RecommendationRow();
        row.setJourney(id);
        row.setVersion(version);
        row.setPath(path);
        row.setRank(recommendation.rank());
        row.setPriority(recommendation.priority().name());
        row.setAction(recommendation.action().word());
        row.setTargets(recommendation.targets());
        row.setFindings(recommendation.findings());
        row.setContactsAvoidedPerMonth(impact.contactsAvoidedPerMonth());
        row.setMinutesSavedPerMonth(impact.minutesSavedPerMonth());
        BigDecimal annual = impact.annualSavings();
        row.setAnnualSavings(annual);
        // the engine prices a year as twelve months: a month is the year's twelfth, to the cent
        row.setMonthlySavings(annual == null ? null : annual.divide(MONTHS, 2, RoundingMode.HALF_EVEN));
        row.setCurrency(impact.currency());
        row.setSources(impact.inputs().stream().map(ImpactInput::source).distinct().map(source -> source.word()).toList());
        row.setEffort(recommendation.effort().word());
        row.setScore(recommendation.score());
        row.setFormula(impact.formula());
        return row;
    }

    static ProblemRow problemRow(String path, Problem problem) {
        boolean located = problem.location().known();
        return new ProblemRow(path, located ? problem.location().line() : 0, located ? problem.location().column() : 0,
                problem.yamlPath(), problem.pointer(), problem.message());
    }
}
