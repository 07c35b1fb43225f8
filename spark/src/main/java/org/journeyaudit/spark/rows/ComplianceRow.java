package org.journeyaudit.spark.rows;

import java.io.Serializable;

/** One cell of the compliance matrix: a journey against a rule, with the status the matrix gives (pass, fail, suppressed, n/a). */
public class ComplianceRow implements Serializable {

    private String journey;
    private String version;
    private String path;
    private String rule;
    private String status;

    public ComplianceRow() {
    }

    public ComplianceRow(String journey, String version, String path, String rule, String status) {
        this.journey = journey;
        this.version = version;
        this.path = path;
        this.rule = rule;
        this.status = status;
    }

    public String getJourney() { return journey; }
    public void setJourney(String journey) { this.journey = journey; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public String getRule() { return rule; }
    public void setRule(String rule) { this.rule = rule; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
