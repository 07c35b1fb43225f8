package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The audit's CI formats from the command line, on the samples: SARIF for code scanning, JUnit XML for test reports. */
class CiFormatsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DEFECTIVE_GOODS = "../samples/retail-defective-goods.yaml";
    private static final Path SCHEMA = Path.of("../engine/src/test/resources/org/journeyaudit/engine/report/sarif/sarif-schema-2.1.0.json");

    @Test
    void sarifLocatesEachFindingAtItsElementInTheJourneyFile() throws Exception {
        CliRun run = CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--format", "sarif", "--fail-on", "never");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(schemaErrors(run.out())).isEmpty();
        JsonNode sarif = JSON.readTree(run.out());
        JsonNode driver = sarif.at("/runs/0/tool/driver");
        List<String> results = new ArrayList<>();
        for (JsonNode result : sarif.at("/runs/0/results")) {
            JsonNode at = result.at("/locations/0/physicalLocation");
            results.add(result.get("ruleId").asString() + " " + result.get("level").asString() + " "
                    + at.at("/artifactLocation/uri").asString() + ":" + at.at("/region/startLine").asInt() + ":" + at.at("/region/startColumn").asInt()
                    + " " + result.at("/locations/0/logicalLocations/0/name").asString()
                    + " rule#" + driver.at("/rules/" + result.get("ruleIndex").asInt() + "/id").asString());
        }
        assertThat(results).containsExactly(
                "coverage/assisted-only note ../samples/retail-defective-goods.yaml:32:5 stage:file-claim rule#coverage/assisted-only",
                "redundancy/recontact warning ../samples/retail-defective-goods.yaml:60:9 step:ask-photo rule#redundancy/recontact",
                "redundancy/unused-output warning ../samples/retail-defective-goods.yaml:60:9 step:ask-photo rule#redundancy/unused-output",
                "redundancy/unused-output warning ../samples/retail-defective-goods.yaml:69:9 step:review-photo rule#redundancy/unused-output");
        assertThat(sarif.at("/runs/0/results/0/message/text").asString())
                .isEqualTo("Stage 'file-claim' is served only by people (phone), 13,700 contacts a month: a candidate for self-service");
    }

    @Test
    void sarifFingerprintsAreTheSameInAnotherLanguageWhileMessagesFollowIt() throws Exception {
        JsonNode english = JSON.readTree(CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--format", "sarif").out());
        JsonNode russian = JSON.readTree(CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--format", "sarif", "--lang", "ru").out());

        assertThat(russian.at("/runs/0/results/1/partialFingerprints")).isEqualTo(english.at("/runs/0/results/1/partialFingerprints"));
        assertThat(russian.at("/runs/0/results/1/message/text").asString()).isNotEqualTo(english.at("/runs/0/results/1/message/text").asString())
                .isEqualTo("После шага 'ask-photo' повторно обращаются 80\u00a0% клиентов: 10\u00a0960 повторных обращений в месяц");
    }

    @Test
    void aDirectoryIsOneRunAndOneJUnitDocument() throws Exception {
        CliRun sarif = CliRun.run("audit", "../samples", "--as-of", "2026-11-22", "--format", "sarif", "--fail-on", "never");
        CliRun junit = CliRun.run("audit", "../samples", "--as-of", "2026-11-22", "--format", "junit", "--fail-on", "never");

        JsonNode report = JSON.readTree(sarif.out());
        assertThat(report.get("runs").size()).isEqualTo(1);
        assertThat(schemaErrors(sarif.out())).isEmpty();
        JsonNode json = JSON.readTree(CliRun.run("audit", "../samples", "--as-of", "2026-11-22", "--format", "json").out());
        int open = json.at("/portfolio/findings").asInt();
        int suppressed = 0;
        for (JsonNode each : json.get("reports")) {
            suppressed += each.get("suppressed").size();
        }
        assertThat(report.at("/runs/0/results").size()).isEqualTo(open + suppressed);
        var document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(junit.out())));
        assertThat(document.getElementsByTagName("testsuite").getLength()).isEqualTo(json.get("reports").size());
        assertThat(junit.out()).contains("""
                    <testcase classname="bank-card-loss" name="coverage/assisted-only">
                      <failure type="info" message="Stage 'deliver-activate' is served only by people (phone), 5,200 contacts a month: a candidate for self-service">F3: Stage 'deliver-activate' is served only by people (phone), 5,200 contacts a month: a candidate for self-service
                stage: deliver-activate
                elements: stage:deliver-activate
                evidence assistedChannels: [phone]
                evidence volumePerMonth: 5,200
                </failure>
                    </testcase>
                """);
    }

    static List<Error> schemaErrors(String sarif) throws Exception {
        try (InputStream schema = Files.newInputStream(SCHEMA)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema).validate(JSON.readTree(sarif));
        }
    }
}
