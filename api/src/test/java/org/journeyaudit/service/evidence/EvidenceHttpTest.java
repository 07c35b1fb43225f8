package org.journeyaudit.service.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/evidence} over HTTP: the command line's reports for the sample, and every refusal located in its part. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"journey-audit.max-body-size=64KB",
        "journey-audit.evidence.max-log-size=200KB", "journey-audit.evidence.max-unpacked-log-size=1MB",
        "journey-audit.evidence.max-events=2000", "journey-audit.evidence.max-cases=200"})
class EvidenceHttpTest {

    private static final Path SAMPLE = Path.of("../samples/evidence");
    private static final Path JOURNEY = Path.of("../samples/dashcam-warranty-repair.yaml");
    private static final String BOUNDARY = "evidence-boundary-7MA4YWxk";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** One part of a form upload. */
    private record Part(String name, String fileName, String contentType, byte[] content) {
    }

    private static Part file(String name, Path path) throws IOException {
        return new Part(name, path.getFileName().toString(), "application/octet-stream", Files.readAllBytes(path));
    }

    private static Part text(String name, String fileName, String content) {
        return new Part(name, fileName, "application/octet-stream", content.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String query, String accept, Part... parts) throws Exception {
        return postTo("/api/evidence" + query, accept, parts);
    }

    private HttpResponse<String> postTo(String pathAndQuery, String accept, Part... parts) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\"; filename=\"" + part.fileName()
                    + "\"\r\nContent-Type: " + part.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(part.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> sample(String query, String accept) throws Exception {
        return post(query, accept, file("journey", JOURNEY), file("log", SAMPLE.resolve("tickets.csv")),
                file("mapping", SAMPLE.resolve("mapping.yaml")));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static String expected(String name) throws IOException {
        return Files.readString(SAMPLE.resolve("expected").resolve(name)).replace("samples/evidence/tickets.csv", "tickets.csv");
    }

    @Test
    void theSampleAnswersTheCommandLinesJsonReport() throws Exception {
        HttpResponse<String> response = sample("", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(response.body()).isEqualTo(expected("tickets.json"));
    }

    @Test
    void theSampleAnswersTheCommandLinesTextReportInTheLanguageAsked() throws Exception {
        HttpResponse<String> english = sample("", "text/plain");
        HttpResponse<String> russian = sample("?lang=ru", "text/plain");

        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(english.body()).isEqualTo(expected("tickets.txt"));
        assertThat(russian.headers().firstValue("Content-Language")).hasValue("ru");
        assertThat(russian.body()).isEqualTo(expected("tickets.ru.txt"));
    }

    @Test
    void anAuditWithALogHoldsTheEvidenceRulesFindings() throws Exception {
        HttpResponse<String> response = postTo("/api/audits?asOf=2026-11-22", "application/json", file("journey", JOURNEY),
                file("log", SAMPLE.resolve("tickets.csv")), file("mapping", SAMPLE.resolve("mapping.yaml")));

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> evidence = new ArrayList<>();
        for (JsonNode finding : json(response).path("findings")) {
            if (finding.path("ruleId").asString().startsWith("evidence/")) {
                evidence.add(finding.path("ruleId").asString() + " " + finding.path("stage").asString() + " "
                        + finding.path("elements").toString());
            }
        }
        // the same findings as 'evidence' lists for the sample: registration calls longer than the journey's stale
        // handle time, three stages over their standards, the undesigned ping-pong between the service centre and
        // the lawyers (both ways), two steps no event records, and status enquiries by messenger, a channel the
        // journey does not have, at two stages
        assertThat(evidence).containsExactly(
                "evidence/handle-time-drift fill-form [\"touchpoint:fill-form@phone\"]",
                "evidence/unforeseen-switch fill-form [\"stage:fill-form\"]",
                "evidence/sla-breach delivery-diagnostics [\"stage:delivery-diagnostics\"]",
                "evidence/unrecorded-step delivery-diagnostics [\"step:ship-device\"]",
                "evidence/sla-breach agree-decision [\"stage:agree-decision\"]",
                "evidence/undesigned-handoff agree-decision [\"stage:agree-decision\"]",
                "evidence/undesigned-handoff agree-decision [\"stage:agree-decision\"]",
                "evidence/sla-breach repair [\"stage:repair\"]",
                "evidence/unforeseen-switch repair [\"stage:repair\"]",
                "evidence/unrecorded-step return-device [\"step:deliver\"]");
    }

    @Test
    void strictStopsAtTheFirstUnreadableRowAtItsLine() throws Exception {
        HttpResponse<String> response = sample("?strict=true", "application/json");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/invalid-document");
        assertThat(problem.path("part").asString()).isEqualTo("log");
        assertThat(problem.path("file").asString()).isEqualTo("tickets.csv");
        assertThat(problem.path("problems").get(0).path("line").asInt()).isEqualTo(256);
        assertThat(problem.path("problems").get(0).path("message").asString()).isEqualTo("no timestamp in column 'Дата изменения' "
                + "(strict=true stops at the first row that cannot be read)");
    }

    @Test
    void aLogThatIsNotCsvIsRefusedAtItsLineUnderItsSentName() throws Exception {
        HttpResponse<String> response = post("", "application/json", file("journey", JOURNEY),
                text("log", "march.csv", "Заявка;Дата изменения;Статус;Подразделение;Канал;Время обработки\n"
                        + "СЦ-1;\"12.01.2026 10:39;Заявка зарегистрирована;;;\n"),
                file("mapping", SAMPLE.resolve("mapping.yaml")));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/malformed-document");
        assertThat(problem.path("part").asString()).isEqualTo("log");
        assertThat(problem.path("file").asString()).isEqualTo("march.csv");
        assertThat(problem.path("detail").asString()).isEqualTo("the log is not valid CSV at or after line 2: a quoted value is not "
                + "closed, or text follows its closing quote");
        assertThat(problem.path("problems").get(0).path("line").asInt()).isEqualTo(2);
    }

    @Test
    void aMappingNamingAColumnTheLogLacksIsTheMappingsProblemAtItsLine() throws Exception {
        HttpResponse<String> response = post("", "application/json", file("journey", JOURNEY),
                text("log", "march.csv", "Заявка;Дата;Статус;Подразделение;Канал;Время обработки\n"
                        + "СЦ-1;12.01.2026 10:39;Заявка зарегистрирована;;;\n"),
                file("mapping", SAMPLE.resolve("mapping.yaml")));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/invalid-document");
        assertThat(problem.path("part").asString()).isEqualTo("mapping");
        assertThat(problem.path("file").asString()).isEqualTo("mapping.yaml");
        assertThat(problem.path("detail").asString()).isEqualTo("the evidence mapping has 1 problem");
        assertThat(problem.path("problems").get(0).path("line").asInt()).isEqualTo(6);
        assertThat(problem.path("problems").get(0).path("message").asString()).isEqualTo("the log march.csv has no column "
                + "'Дата изменения'; its columns are: Заявка, Дата, Статус, Подразделение, Канал, Время обработки");
    }

    @Test
    void aCompressedLogThatUnpacksPastTheLimitIsRefusedWith413() throws Exception {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
            out.write(new byte[5_000_000]);
        }
        HttpResponse<String> response = post("", "application/json", file("journey", JOURNEY),
                new Part("log", "bomb.csv.gz", "application/gzip", packed.toByteArray()));

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/payload-too-large");
        assertThat(problem.path("part").asString()).isEqualTo("log");
        assertThat(problem.path("detail").asString()).isEqualTo("the compressed log unpacks to more than 1048576 bytes, the most a "
                + "compressed log may unpack to; send a smaller log");
    }

    @Test
    void aLogOverItsLimitIsRefusedWith413() throws Exception {
        HttpResponse<String> response = post("", "application/json", file("journey", JOURNEY),
                new Part("log", "huge.csv", "text/csv", new byte[210 * 1024]));

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/payload-too-large");
        assertThat(problem.path("detail").asString()).isEqualTo("the upload is too large: the log part may be at most 204800 bytes, "
                + "the whole request at most 335872 bytes");
    }

    /** A log of the sample's columns with one event per row, the n-th row in case {@code caseOfRow.apply(n)}. */
    private static String rows(int count, java.util.function.IntFunction<String> caseOfRow) {
        StringBuilder log = new StringBuilder("Заявка;Дата изменения;Статус;Подразделение;Канал;Время обработки\n");
        for (int n = 1; n <= count; n++) {
            log.append(caseOfRow.apply(n)).append(";12.01.2026 10:39;Ремонт начат;;;\n");
        }
        return log.toString();
    }

    @Test
    void aLogOfMoreEventsThanARequestMayMeasureIsRefusedAtTheFirstOneTooMany() throws Exception {
        HttpResponse<String> response = post("", "application/json", file("journey", JOURNEY),
                text("log", "year.csv", rows(2001, n -> "СЦ-1")), file("mapping", SAMPLE.resolve("mapping.yaml")));

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/payload-too-large");
        assertThat(problem.path("part").asString()).isEqualTo("log");
        assertThat(problem.path("file").asString()).isEqualTo("year.csv");
        assertThat(problem.path("detail").asString()).isEqualTo("the log holds more than 2000 events, the most one request may "
                + "measure; send a shorter extract of the log (the limit is journey-audit.evidence.max-events)");
        assertThat(problem.path("problems").get(0).path("line").asInt()).isEqualTo(2002);
    }

    @Test
    void aLogOfMoreCasesThanARequestMayMeasureIsRefusedAtTheFirstCaseTooMany() throws Exception {
        HttpResponse<String> response = postTo("/api/audits", "application/json", file("journey", JOURNEY),
                text("log", "year.csv", rows(201, n -> "СЦ-" + n)), file("mapping", SAMPLE.resolve("mapping.yaml")));

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode problem = json(response);
        assertThat(problem.path("part").asString()).isEqualTo("log");
        assertThat(problem.path("detail").asString()).isEqualTo("the log holds more than 200 cases, the most one request may "
                + "measure (case 'СЦ-201' is one too many); send a shorter extract of the log (the limit is "
                + "journey-audit.evidence.max-cases)");
        assertThat(problem.path("problems").get(0).path("line").asInt()).isEqualTo(202);
    }

    @Test
    void anXesLogDeclaringEntitiesIsRefused() throws Exception {
        HttpResponse<String> response = post("", "application/json", file("journey", JOURNEY), text("log", "laughs.xes", """
                <?xml version="1.0"?>
                <!DOCTYPE log [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <log><trace><string key="concept:name" value="c1"/><event><string key="concept:name" value="&b;"/></event></trace></log>
                """));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.path("part").asString()).isEqualTo("log");
        assertThat(problem.path("file").asString()).isEqualTo("laughs.xes");
        assertThat(problem.path("detail").asString()).isEqualTo("the log declares a DOCTYPE (ending at line 2); an XES log has none, "
                + "and entities in a log are never expanded");
    }

    @Test
    void anInvalidJourneyIsTheJourneysProblem() throws Exception {
        HttpResponse<String> response = post("", "application/json", text("journey", "broken.yaml", "id: x\nstages: [\n"),
                file("log", SAMPLE.resolve("tickets.csv")));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/malformed-document");
        assertThat(problem.path("part").asString()).isEqualTo("journey");
        assertThat(problem.path("file").asString()).isEqualTo("broken.yaml");
    }

    @Test
    void aMissingPartAndAnotherContentTypeAreRefusedSayingWhatToSend() throws Exception {
        HttpResponse<String> noLog = post("", "application/json", file("journey", JOURNEY));
        HttpResponse<String> yaml = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/evidence"))
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString("id: x")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(noLog.statusCode()).isEqualTo(400);
        assertThat(json(noLog).path("detail").asString()).isEqualTo("the part 'log' is missing; send the parts 'journey' and 'log', "
                + "and 'mapping' if the log's columns need one");
        assertThat(yaml.statusCode()).isEqualTo(415);
        assertThat(json(yaml).path("detail").asString()).isEqualTo("Content-Type 'application/yaml' is not supported; send "
                + "multipart/form-data with the parts 'journey' and 'log'");
    }
}
