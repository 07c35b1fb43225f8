package org.journeyaudit.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.rulebase.RuleDescription;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The JUnit XML report on the audit {@link SarifReportTest} builds by hand: an open finding, a suppressed one, a baselined one. */
class JUnitReportTest {

    private static final RuleDescription QUIET = new RuleDescription("handoff/ping-pong", "Work goes back and forth", Severity.ERROR, Map.of(), "");

    @Test
    void aSuiteAJourneyACaseARuleAFailureAnOpenFinding() throws Exception {
        String xml = JUnitReport.write(List.of(SarifReportTest.audit()), List.of(SarifReportTest.REPEAT, SarifReportTest.GAP, QUIET), Language.EN);

        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="journey-audit" tests="3" failures="1" errors="0" skipped="1">
                  <testsuite name="claim" tests="3" failures="1" errors="0" skipped="1" timestamp="2026-11-22">
                    <testcase classname="claim" name="redundancy/repeated-request">
                      <failure type="warning" message="policy.number is asked again at ask-photo">F1: policy.number is asked again at ask-photo
                stage: file-claim
                elements: step:ask-photo, step:register, item:policy.number
                </failure>
                    </testcase>
                    <testcase classname="claim" name="coverage/channel-gap">
                      <skipped message="every finding of this rule is accepted (suppressed or in the baseline): S1"/>
                    </testcase>
                    <testcase classname="claim" name="handoff/ping-pong"/>
                  </testsuite>
                </testsuites>
                """);
        Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        assertThat(parsed.getElementsByTagName("testcase").getLength()).isEqualTo(3);
        assertThat(parsed.getElementsByTagName("failure").item(0).getAttributes().getNamedItem("type").getNodeValue()).isEqualTo("warning");
    }

    @Test
    void markupInAMessageIsEscapedNotInterpreted() throws Exception {
        var hostile = SarifReportTest.repeat().worded("<b>\"late\" & 'lost'</b>]]>");
        var audit = new org.journeyaudit.engine.audit.Audit(SarifReportTest.journey(), SarifReportTest.audit().asOf(), List.of(hostile), List.of());
        String xml = JUnitReport.write(List.of(audit), List.of(SarifReportTest.REPEAT), Language.RU);

        Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        var failure = parsed.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttributes().getNamedItem("message").getNodeValue()).isEqualTo("<b>\"late\" & 'lost'</b>]]>");
        assertThat(failure.getTextContent()).isEqualTo("""
                F1: <b>"late" & 'lost'</b>]]>
                этап: file-claim
                элементы: step:ask-photo, step:register, item:policy.number
                """);
    }
}
