package org.journeyaudit.service.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.journeyaudit.service.ServiceSliceConfiguration;
import org.journeyaudit.service.AsyncAware;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(AuditController.class)
@Import(ServiceSliceConfiguration.class)
class AuditControllerTest {

    @Autowired
    MockMvc mvc;

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("../samples/" + name));
    }

    @Test
    void auditsAYamlJourneyIntoTheCommandLinesReport() throws Exception {
        AsyncAware.perform(mvc, post("/api/audits?asOf=2026-11-22").contentType("application/yaml").content(sample("retail-defective-goods.yaml")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.journey.id").value("retail-defective-goods"))
                .andExpect(jsonPath("$.asOf").value("2026-11-22"))
                .andExpect(jsonPath("$.findings", hasSize(4)))
                .andExpect(jsonPath("$.recommendations[0].action").value("eliminate-step"))
                .andExpect(jsonPath("$.recommendations[0].impact.annualSavings").value(5030640))
                .andExpect(jsonPath("$.recommendations[0].impact.formula")
                        .value("13,700 contacts/month x 204 s / 60 x 9 RUB/min x 12 months = 5,030,640 RUB"))
                .andExpect(jsonPath("$.outcome.failOn").value("error"))
                .andExpect(jsonPath("$.outcome.failed").value(false));
    }

    @Test
    void failOnMirrorsTheCommandLine() throws Exception {
        AsyncAware.perform(mvc, post("/api/audits?asOf=2026-11-22&failOn=warning").contentType("application/yaml")
                        .content(sample("retail-defective-goods.yaml")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome.failOn").value("warning"))
                .andExpect(jsonPath("$.outcome.failed").value(true));
    }

    @Test
    void anInvalidDocumentIs422WithEveryProblemAndItsLocation() throws Exception {
        AsyncAware.perform(mvc, post("/api/audits").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"j\", \"stages\": [{\"id\": \"s\", \"emotion\": 9, \"steps\": [{\"id\": \"a\"}]}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/invalid-document"))
                .andExpect(jsonPath("$.title").value("The journey document is invalid"))
                .andExpect(jsonPath("$.detail").value("the journey document has 2 problems"))
                .andExpect(jsonPath("$.problems[0].pointer").value("/stages/0/emotion"))
                .andExpect(jsonPath("$.problems[0].line").value(1))
                .andExpect(jsonPath("$.problems[0].column").value(47))
                .andExpect(jsonPath("$.problems[0].message").value("'emotion' must be a whole number from -3 to 3, found 9"))
                .andExpect(jsonPath("$.problems[1].pointer").value("/stages/0/steps/0"))
                .andExpect(jsonPath("$.problems[1].message").value("missing required field 'actor'"));
    }

    @Test
    void malformedYamlIs400WhereTheParserStopped() throws Exception {
        AsyncAware.perform(mvc, post("/api/audits").contentType("application/yaml").content("id: x\nstages: [\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/malformed-document"))
                .andExpect(jsonPath("$.problems[0].line").value(2))
                .andExpect(jsonPath("$.problems[0].column").value(10))
                .andExpect(jsonPath("$.detail").value(containsString("not well-formed YAML")));
    }

    @Test
    void anUnsupportedMediaTypeIs415() throws Exception {
        AsyncAware.perform(mvc, post("/api/audits").contentType(MediaType.TEXT_PLAIN).content("id: x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("/problems/unsupported-media-type"))
                .andExpect(jsonPath("$.detail").value("Content-Type 'text/plain' is not supported; send application/json or application/yaml"));
    }

    @Test
    void badQueryParametersAre400AndSayWhatIsExpected() throws Exception {
        AsyncAware.perform(mvc, post("/api/audits?failOn=sometimes").contentType("application/yaml").content(sample("retail-defective-goods.yaml")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/bad-parameter"))
                .andExpect(jsonPath("$.detail").value("failOn: 'sometimes' is not error, warning, info or never"));
    }

    @Test
    void aBatchAuditsEveryJourneyAndSummarisesThePortfolio() throws Exception {
        String batch = "journeys:\n" + indent(new String(sample("complaint-handling-before.yaml"))) + indent(new String(sample("complaint-handling-after.yaml")));
        AsyncAware.perform(mvc, post("/api/audits/batch?asOf=2026-11-22").contentType("application/yaml").content(batch))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.portfolio.journeys").value(2))
                .andExpect(jsonPath("$.portfolio.worstFirst[0]").value("complaint-handling before"))
                .andExpect(jsonPath("$.reports", hasSize(2)))
                .andExpect(jsonPath("$.reports[1].journey.version").value("after"));
    }

    @Test
    void aBatchWithOneInvalidJourneyLocatesItsProblemsUnderItsIndex() throws Exception {
        String batch = "{\"journeys\": [{\"id\": \"ok\", \"stages\": [{\"id\": \"s\"}]}, {\"id\": \"bad\", \"stages\": [{\"idd\": \"s\"}]}]}";
        AsyncAware.perform(mvc, post("/api/audits/batch").contentType(MediaType.APPLICATION_JSON).content(batch))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems", hasSize(2)))
                .andExpect(jsonPath("$.problems[0].pointer").value("/journeys/1/stages/0"))
                .andExpect(jsonPath("$.problems[0].message").value("missing required field 'id'"))
                .andExpect(jsonPath("$.problems[1].pointer").value("/journeys/1/stages/0/idd"))
                .andExpect(jsonPath("$.problems[1].message").value("unknown field 'idd'; did you mean 'id'?"));
    }

    @Test
    void theSameAuditIsAvailableAsTheVisualReport() throws Exception {
        AsyncAware.perform(mvc, post("/api/audits?asOf=2026-11-22").contentType("application/yaml").accept(MediaType.TEXT_HTML)
                        .content(sample("retail-defective-goods.yaml")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("<!DOCTYPE html>")))
                .andExpect(content().string(containsString("id=\"report-data\"")))
                .andExpect(content().string(containsString("retail-defective-goods")));
    }

    @Test
    void anInvalidDocumentIsAProblemEvenWhenHtmlIsAsked() throws Exception {
        AsyncAware.perform(mvc, post("/api/audits").contentType("application/yaml").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_PROBLEM_JSON)
                        .content("id: j\nstages: [{id: s, emotion: 9}]\n"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.problems[0].message").value("'emotion' must be a whole number from -3 to 3, found 9"));
    }

    /** A journey document as an item of a YAML list. */
    private static String indent(String journey) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (String line : journey.lines().filter(l -> !l.startsWith("#")).toList()) {
            out.append(first ? "  - " : "    ").append(line).append('\n');
            first = false;
        }
        return out.toString();
    }
}
