package org.journeyaudit.spark.rows;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One recommendation of one journey, as the recommendations table holds it: what to do, on what, for which findings,
 * and what it saves a month and a year (null where the journey lacks the figures to price it), with where those figures
 * come from (measured, assumed, observed, overridden).
 */
public class RecommendationRow implements Serializable {

    private String journey;
    private String version;
    private String path;
    private int rank;
    private String priority;
    private String action;
    private List<String> targets;
    private List<String> findings;
    private double contactsAvoidedPerMonth;
    private double minutesSavedPerMonth;
    private BigDecimal monthlySavings;
    private BigDecimal annualSavings;
    private String currency;
    private List<String> sources;
    private String effort;
    private int score;
    private String formula;

    public RecommendationRow() {
    }

    public String getJourney() { return journey; }
    public void setJourney(String journey) { this.journey = journey; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public int getRank() { return rank; }
    public void setRank(int rank) { this.rank = rank; }
    public String getPriority() { return priority; }
    public void setPriority(String priority) { this.priority = priority; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public List<String> getTargets() { return targets; }
    public void setTargets(List<String> targets) { this.targets = targets; }
    public List<String> getFindings() { return findings; }
    public void setFindings(List<String> findings) { this.findings = findings; }
    public double getContactsAvoidedPerMonth() { return contactsAvoidedPerMonth; }
    public void setContactsAvoidedPerMonth(double contactsAvoidedPerMonth) { this.contactsAvoidedPerMonth = contactsAvoidedPerMonth; }
    public double getMinutesSavedPerMonth() { return minutesSavedPerMonth; }
    public void setMinutesSavedPerMonth(double minutesSavedPerMonth) { this.minutesSavedPerMonth = minutesSavedPerMonth; }
    public BigDecimal getMonthlySavings() { return monthlySavings; }
    public void setMonthlySavings(BigDecimal monthlySavings) { this.monthlySavings = monthlySavings; }
    public BigDecimal getAnnualSavings() { return annualSavings; }
    public void setAnnualSavings(BigDecimal annualSavings) { this.annualSavings = annualSavings; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public List<String> getSources() { return sources; }
    public void setSources(List<String> sources) { this.sources = sources; }
    public String getEffort() { return effort; }
    public void setEffort(String effort) { this.effort = effort; }
    public int getScore() { return score; }
    public void setScore(int score) { this.score = score; }
    public String getFormula() { return formula; }
    public void setFormula(String formula) { this.formula = formula; }
}
