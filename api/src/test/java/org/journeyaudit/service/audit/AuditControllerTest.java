package org.journeyaudit.service.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
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

    @Test
    void theReportsLanguageIsTheOneTheClientAcceptsAndAnExplicitLangBeatsIt() throws Exception {
        AsyncAware.perform(mvc, post("/api/audits?asOf=2026-11-22").contentType("application/yaml")
                        .header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5").content(sample("retail-defective-goods.yaml")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "ru"))
                .andExpect(header().stringValues("Vary", hasItem("Accept-Language")))
                .andExpect(jsonPath("$.journey.id").value("retail-defective-goods"));
        AsyncAware.perform(mvc, post("/api/audits?asOf=2026-11-22&lang=en").contentType("application/yaml")
                        .header("Accept-Language", "ru").content(sample("retail-defective-goods.yaml")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "en"));
        AsyncAware.perform(mvc, post("/api/audits?asOf=2026-11-22").contentType("application/yaml").content(sample("retail-defective-goods.yaml")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "en"))
                .andExpect(header().stringValues("Vary", hasItem("Accept-Language")));
        AsyncAware.perform(mvc, post("/api/audits?asOf=2026-11-22&lang=ru").contentType("application/yaml").accept(MediaType.TEXT_HTML)
                        .content(sample("retail-defective-goods.yaml")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "ru"))
                .andExpect(header().stringValues("Vary", hasItem("Accept-Language")));
        String batch = "journeys:\n" + indented(sample("retail-defective-goods.yaml"));
        AsyncAware.perform(mvc, post("/api/audits/batch?asOf=2026-11-22").contentType("application/yaml").header("Accept-Language", "ru")
                        .content(batch))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "ru"));
    }

    @Test
    void anUnsupportedLangIs400NamingTheLanguagesAllowed() throws Exception {
        AsyncAware.perform(mvc, post("/api/audits?lang=fr").contentType("application/yaml").header("Accept-Language", "ru")
                        .content(sample("retail-defective-goods.yaml")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/bad-parameter"))
                .andExpect(jsonPath("$.detail").value("lang: 'fr' is not a language reports are written in; expected one of: en, ru"))
                .andExpect(jsonPath("$.problems", hasSize(1)))
                .andExpect(jsonPath("$.problems[0].parameter").value("lang"))
                .andExpect(jsonPath("$.problems[0].value").value("fr"))
                .andExpect(jsonPath("$.problems[0].message").value("'fr' is not a language reports are written in; expected one of: en, ru"))
                .andExpect(jsonPath("$.problems[0].allowed[*]", contains("en", "ru")));
    }

    @Test
    void everyInvalidQueryParameterIsListedAtOnce() throws Exception {
        AsyncAware.perform(mvc, post("/api/audits?asOf=tomorrow&failOn=sometimes&lang=de").contentType("application/yaml")
                        .content(sample("retail-defective-goods.yaml")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/bad-parameter"))
                .andExpect(jsonPath("$.detail").value("the query parameters asOf, failOn, lang are invalid; 'problems' says why"))
                .andExpect(jsonPath("$.problems[*].parameter", contains("asOf", "failOn", "lang")))
                .andExpect(jsonPath("$.problems[0].message").value("'tomorrow' is not a date; write it as YYYY-MM-DD"))
                .andExpect(jsonPath("$.problems[0].allowed", hasSize(0)))
                .andExpect(jsonPath("$.problems[1].value").value("sometimes"))
                .andExpect(jsonPath("$.problems[1].allowed[*]", contains("error", "warning", "info", "never")))
                .andExpect(jsonPath("$.problems[2].message").value("'de' is not a language reports are written in; expected one of: en, ru"));
    }

    private static String indented(byte[] document) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (String line : new String(document, java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList()) {
            out.append(first ? "  - " : "    ").append(line).append('\n');
            first = false;
        }
        return out.toString();
    }
}
