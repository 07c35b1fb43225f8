package org.journeyaudit.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.journeyaudit.service.AsyncAware;
import org.journeyaudit.service.ServiceSliceConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The audit for CI over HTTP: SARIF and JUnit XML by Accept, a baseline posted beside the journey. */
@WebMvcTest(AuditController.class)
@Import(ServiceSliceConfiguration.class)
class CiAnswersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SAMPLE = Path.of("../samples/retail-defective-goods.yaml");
    private static final Path SCHEMA = Path.of("../engine/src/test/resources/org/journeyaudit/engine/report/sarif/sarif-schema-2.1.0.json");

    @Autowired
    MockMvc mvc;

    private String answer(MockHttpServletRequestBuilder request, String type) throws Exception {
        return AsyncAware.perform(mvc, request).andExpect(status().isOk()).andExpect(header().string("Content-Type", type))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder raw(String query, String accept) throws Exception {
        return post("/api/audits?asOf=2026-11-22" + query).contentType("application/yaml").header("Accept", accept)
                .content(Files.readAllBytes(SAMPLE));
    }

    private static List<String> results(JsonNode sarif) {
        List<String> results = new ArrayList<>();
        for (JsonNode result : sarif.at("/runs/0/results")) {
            JsonNode at = result.at("/locations/0/physicalLocation");
            results.add(result.get("ruleId").asString() + " " + result.get("level").asString() + " "
                    + at.at("/artifactLocation/uri").asString() + ":" + at.at("/region/startLine").asInt() + ":" + at.at("/region/startColumn").asInt()
                    + (result.has("baselineState") ? " " + result.get("baselineState").asString() : "")
                    + (result.has("suppressions") ? " suppressed:" + result.at("/suppressions/0/kind").asString() : ""));
        }
        return results;
    }

    static List<Error> schemaErrors(String sarif) throws Exception {
        try (InputStream schema = Files.newInputStream(SCHEMA)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema).validate(JSON.readTree(sarif));
        }
    }

    @Test
    void sarifLocatesEachFindingInThePostedFileNamedByTheRequest() throws Exception {
        String sarif = answer(raw("&file=journeys/retail claim.yaml", "application/sarif+json"), "application/sarif+json");

        assertThat(schemaErrors(sarif)).isEmpty();
        JsonNode report = JSON.readTree(sarif);
        assertThat(results(report)).containsExactly(
                "coverage/assisted-only note journeys/retail%20claim.yaml:32:5",
                "redundancy/recontact warning journeys/retail%20claim.yaml:60:9",
                "redundancy/unused-output warning journeys/retail%20claim.yaml:60:9",
                "redundancy/unused-output warning journeys/retail%20claim.yaml:69:9");
        assertThat(report.at("/runs/0/results/0/message/text").asString())
                .isEqualTo("Stage 'file-claim' is served only by people (phone), 13,700 contacts a month: a candidate for self-service");
        assertThat(report.at("/runs/0/tool/driver/version").asString()).isEqualTo("0.1.0");
    }

    @Test
    void withoutAFileNameTheArtifactIsJourneyYaml() throws Exception {
        JsonNode report = JSON.readTree(answer(raw("", "application/sarif+json"), "application/sarif+json"));

        assertThat(results(report).get(0)).isEqualTo("coverage/assisted-only note journey.yaml:32:5");
    }

    @Test
    void junitIsATestSuiteOfTheRulesRunWithAFailurePerFinding() throws Exception {
        String xml = answer(raw("", "application/xml"), "application/xml;charset=UTF-8");

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("retail-defective-goods");
        assertThat(suite.getAttribute("failures")).as("failing rules").isEqualTo("3");
        NodeList failures = document.getElementsByTagName("failure");
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < failures.getLength(); i++) {
            failed.add(((Element) failures.item(i).getParentNode()).getAttribute("name") + ": " + ((Element) failures.item(i)).getAttribute("message"));
        }
        assertThat(failed).containsExactly(
                "coverage/assisted-only: Stage 'file-claim' is served only by people (phone), 13,700 contacts a month: a candidate for self-service",
                "redundancy/recontact: Step 'ask-photo' makes 80% of customers contact again: 10,960 secondary contacts a month",
                "redundancy/unused-output: Step 'ask-photo' asks the customer for defect.photo, which only review-photo uses, and nothing "
                        + "needs that step's output: the work can be dropped",
                "redundancy/unused-output: Step 'review-photo' produces defect.photoChecked, which no later step or decision uses: "
                        + "the work can be dropped");
    }

    @Test
    void aBaselinePostedBesideTheJourneyListsItsFindingsApart() throws Exception {
        String journey = JSON.writeValueAsString(tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readValue(SAMPLE.toFile(), Object.class));
        String body = "{\"journey\": " + journey + ", \"checks\": [], \"baseline\": {\"findings\": [{\"rule\": \"redundancy/recontact\", "
                + "\"journey\": \"retail-defective-goods\", \"elements\": [\"step:ask-photo\"]}]}}";
        AsyncAware.perform(mvc, post("/api/audits/checked?asOf=2026-11-22").contentType("application/json").content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.findings").value(3))
                .andExpect(jsonPath("$.summary.baselined").value(1))
                .andExpect(jsonPath("$.baselined[0].ruleId").value("redundancy/recontact"))
                .andExpect(jsonPath("$.findings[0].ruleId").value("coverage/assisted-only"));
        String sarif = answer(post("/api/audits/checked?asOf=2026-11-22&file=retail.json").contentType("application/json")
                .header("Accept", "application/sarif+json").content(body), "application/sarif+json");
        assertThat(schemaErrors(sarif)).isEmpty();
        JsonNode report = JSON.readTree(sarif);
        // the journey is the body's "journey": its elements are located in the body, line 1 of a one-line JSON
        assertThat(results(report)).containsExactly(
                "coverage/assisted-only note retail.json:1:542",
                "redundancy/unused-output warning retail.json:1:1282",
                "redundancy/unused-output warning retail.json:1:1506",
                "redundancy/recontact warning retail.json:1:1282 suppressed:external");
        assertThat(report.at("/runs/0/results/3/suppressions/0/justification").asString()).isEqualTo("In the baseline: a known finding, "
                + "accepted when the baseline was made; only new findings fail the audit");
    }

    @Test
    void aBadBaselineIsA422LocatedUnderBaseline() throws Exception {
        String body = "{\"journey\": {\"id\": \"j\", \"stages\": [{\"id\": \"s\"}]}, \"checks\": [],\n"
                + " \"baseline\": {\"findings\": [{\"rule\": \"redundancy/recontact\", \"journey\": \"j\"}], \"known\": 1}}";
        AsyncAware.perform(mvc, post("/api/audits/checked").contentType("application/json").content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/invalid-document"))
                .andExpect(jsonPath("$.detail").value("the checked audit request has 2 problems"))
                .andExpect(jsonPath("$.problems[0].pointer").value("/baseline/findings/0"))
                .andExpect(jsonPath("$.problems[0].line").value(2))
                .andExpect(jsonPath("$.problems[0].message").value("missing required field 'elements': the elements the finding names, "
                        + "e.g. [step:ask-photo]"))
                .andExpect(jsonPath("$.problems[1].pointer").value("/baseline/known"));
    }

    @Test
    void aFileNameWithControlCharactersIsABadParameter() throws Exception {
        AsyncAware.perform(mvc, raw("", "application/sarif+json").param("file", "a\nb.yaml"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/bad-parameter"))
                .andExpect(jsonPath("$.detail").value("file: a file name holds no control characters"))
                .andExpect(jsonPath("$.problems[0].parameter").value("file"));
    }
}
