package org.journeyaudit.engine.report;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.SuppressedFinding;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.rulebase.RuleDescription;

/**
 * The audit as JUnit XML, the test report CI servers read: a test suite per journey, a test case per rule the
 * profile runs, a failure per open finding. A rule whose findings were all accepted (suppressed or in the baseline)
 * is skipped, saying which; a rule with an open finding fails whatever else it found; a rule with no finding passes.
 * So a suite's tests are always its passed, failed and skipped cases added up.
 */
public final class JUnitReport {

    private JUnitReport() {
    }

    /** One suite per audit, each with a case per rule of {@code rules}, in catalogue order; texts in {@code language}. */
    public static String write(List<Audit> audits, List<RuleDescription> rules, Language language) {
        ReportWords w = ReportWords.of(language);
        List<Suite> suites = audits.stream().map(a -> Suite.of(a, rules)).toList();
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "journey-audit");
            counts(xml, suites.stream().mapToInt(Suite::tests).sum(), suites.stream().mapToInt(Suite::failures).sum(),
                    suites.stream().mapToInt(Suite::skipped).sum());
            for (Suite suite : suites) {
                suite(xml, suite, w);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JUnit report could not be written: " + e.getMessage(), e);
        }
        return text + "\n";
    }

    /** A journey's cases: each rule with its open findings and its accepted ones. */
    private record Suite(Audit audit, List<Case> cases) {
        static Suite of(Audit audit, List<RuleDescription> rules) {
            List<Case> cases = new ArrayList<>();
            for (RuleDescription rule : rules) {
                List<Finding> open = audit.findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
                List<Finding> accepted = new ArrayList<>();
                audit.suppressed().stream().map(SuppressedFinding::finding).filter(f -> f.ruleId().equals(rule.id())).forEach(accepted::add);
                audit.baselined().stream().filter(f -> f.ruleId().equals(rule.id())).forEach(accepted::add);
                cases.add(new Case(rule.id(), open, accepted));
            }
            return new Suite(audit, cases);
        }

        int tests() {
            return cases.size();
        }

        int failures() {
            return (int) cases.stream().filter(Case::failed).count();
        }

        int skipped() {
            return (int) cases.stream().filter(Case::skipped).count();
        }
    }

    private record Case(String rule, List<Finding> open, List<Finding> accepted) {
        boolean failed() {
            return !open.isEmpty();
        }

        boolean skipped() {
            return open.isEmpty() && !accepted.isEmpty();
        }
    }

    private static void suite(XMLStreamWriter xml, Suite suite, ReportWords w) throws XMLStreamException {
        String journey = suite.audit().journey().id();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", journey);
        counts(xml, suite.tests(), suite.failures(), suite.skipped());
        xml.writeAttribute("timestamp", suite.audit().asOf().toString());
        for (Case c : suite.cases()) {
            xml.writeCharacters("\n    ");
            if (!c.failed() && !c.skipped()) {
                xml.writeEmptyElement("testcase");
                testcase(xml, journey, c);
                continue;
            }
            xml.writeStartElement("testcase");
            testcase(xml, journey, c);
            if (c.skipped()) {
                xml.writeCharacters("\n      ");
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", w.get("junit.accepted", c.accepted().stream().map(Finding::id).collect(Collectors.joining(", "))));
            }
            for (Finding finding : c.open()) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("failure");
                xml.writeAttribute("type", finding.severity().word());
                xml.writeAttribute("message", finding.message());
                xml.writeCharacters(body(finding, w));
                xml.writeEndElement();
            }
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void testcase(XMLStreamWriter xml, String journey, Case c) throws XMLStreamException {
        xml.writeAttribute("classname", journey);
        xml.writeAttribute("name", c.rule());
    }

    private static void counts(XMLStreamWriter xml, int tests, int failures, int skipped) throws XMLStreamException {
        xml.writeAttribute("tests", String.valueOf(tests));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(skipped));
    }

    /** The finding as a CI server shows it under the failed case: its number, stage, elements and evidence, a line each. */
    private static String body(Finding finding, ReportWords w) {
        StringBuilder body = new StringBuilder();
        body.append(finding.id()).append(": ").append(finding.message()).append('\n');
        if (finding.stage() != null) {
            body.append(w.get("junit.stage", finding.stage())).append('\n');
        }
        body.append(w.get("junit.elements", String.join(", ", finding.elements()))).append('\n');
        for (Map.Entry<String, Object> entry : finding.evidence().entrySet()) {
            Object value = entry.getValue() instanceof Number number ? w.number(number.doubleValue()) : entry.getValue();
            body.append(w.get("junit.evidence", entry.getKey(), value)).append('\n');
        }
        return body.toString();
    }
}
