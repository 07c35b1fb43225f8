package org.journeyaudit.spark.rows;

import java.io.Serializable;
import java.util.List;

/** One finding of one journey, as the findings table holds it: the journey, the rule and where in the journey. */
public class FindingRow implements Serializable {

    private String journey;
    private String version;
    private String path;
    private String finding;
    private String rule;
    private String family;
    private String severity;
    private String stage;
    private List<String> elements;
    private String message;

    public FindingRow() {
    }

    public FindingRow(String journey, String version, String path, String finding, String rule, String family, String severity,
            String stage, List<String> elements, String message) {
        this.journey = journey;
        this.version = version;
        this.path = path;
        this.finding = finding;
        this.rule = rule;
        this.family = family;
        this.severity = severity;
        this.stage = stage;
        this.elements = elements;
        this.message = message;
    }

    public String getJourney() { return journey; }
    public void setJourney(String journey) { this.journey = journey; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public String getFinding() { return finding; }
    public void setFinding(String finding) { this.finding = finding; }
    public String getRule() { return rule; }
    public void setRule(String rule) { this.rule = rule; }
    public String getFamily() { return family; }
    public void setFamily(String family) { this.family = family; }
    public String getSeverity() { return severity; }
    public void setSeverity(String severity) { this.severity = severity; }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public List<String> getElements() { return elements; }
    public void setElements(List<String> elements) { this.elements = elements; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
}
