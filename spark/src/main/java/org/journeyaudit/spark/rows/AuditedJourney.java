package org.journeyaudit.spark.rows;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one document gives: its findings, recommendations and compliance cells, or the problems that kept it
 * from being audited. Audited once, then split into the job's tables.
 */
public class AuditedJourney implements Serializable {

    private String path;
    private List<FindingRow> findings = new ArrayList<>();
    private List<RecommendationRow> recommendations = new ArrayList<>();
    private List<ComplianceRow> compliance = new ArrayList<>();
    private List<ProblemRow> problems = new ArrayList<>();

    public AuditedJourney() {
    }

    public AuditedJourney(String path) {
        this.path = path;
    }

    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public List<FindingRow> getFindings() { return findings; }
    public void setFindings(List<FindingRow> findings) { this.findings = findings; }
    public List<RecommendationRow> getRecommendations() { return recommendations; }
    public void setRecommendations(List<RecommendationRow> recommendations) { this.recommendations = recommendations; }
    public List<ComplianceRow> getCompliance() { return compliance; }
    public void setCompliance(List<ComplianceRow> compliance) { this.compliance = compliance; }
    public List<ProblemRow> getProblems() { return problems; }
    public void setProblems(List<ProblemRow> problems) { this.problems = problems; }
}
