package org.journeyaudit.service.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry over HTTP on a real server: versions stored only when the bytes change, a change refused unless it names
 * the version it was made from, the token, the listing and its filters, every refusal as a problem detail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:registry-http-test;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
        // the SHA-256 of "s3cret-token"
        "journey-audit.registry.write-token-sha256=" + RegistryHttpTest.TOKEN_SHA256})
class RegistryHttpTest {

    static final String TOKEN = "s3cret-token";
    static final String TOKEN_SHA256 = "a81e611a041b13f078bf8ebe5dab4d4fd63fcc5594661c918bec093a2f416a7e";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private static String sample(String file) throws Exception {
        return Files.readString(Path.of("../samples", file));
    }

    private HttpResponse<String> put(String key, String document, String query, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/registry/journeys/" + key + query))
                .header("Content-Type", "application/yaml").PUT(HttpRequest.BodyPublishers.ofString(document));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> putAs(String key, String document, String... headers) throws Exception {
        List<String> all = new ArrayList<>(List.of("Authorization", "Bearer " + TOKEN));
        all.addAll(List.of(headers));
        return put(key, document, "?author=Olga%20Petrova&comment=after%20the%20workshop", all.toArray(String[]::new));
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    @Test
    void theServiceListensOnThisMachineOnly() throws Exception {
        java.net.InetAddress outside = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(nic -> java.util.Collections.list(nic.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress()).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(outside != null, "this machine has no address but the loopback");
        assertThat(get("/api/registry/journeys").statusCode()).isEqualTo(200);
        try (java.net.Socket socket = new java.net.Socket()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> socket.connect(new java.net.InetSocketAddress(outside, port), 2000))
                    .isInstanceOf(java.net.ConnectException.class);
        }
    }

    @Test
    void theTokensHashIsTheOneConfigured() throws Exception {
        assertThat(HexFormat.of().formatHex(RegistryToken.sha256(TOKEN))).isEqualTo(TOKEN_SHA256);
    }

    @Test
    void aNewJourneyIsVersionOneAndItsBytesAreKeptAsSent() throws Exception {
        String document = sample("bank-card-loss.yaml");
        Instant before = Instant.now().minusMillis(1);

        HttpResponse<String> created = putAs("bank-card-loss", document);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/registry/journeys/bank-card-loss/versions/1");
        assertThat(created.headers().firstValue("ETag")).hasValue("\"bank-card-loss-v1\"");
        JsonNode version = body(created);
        assertThat(version.path("key").asString()).isEqualTo("bank-card-loss");
        assertThat(version.path("version").asInt()).isEqualTo(1);
        assertThat(version.path("author").asString()).isEqualTo("Olga Petrova");
        assertThat(version.path("comment").asString()).isEqualTo("after the workshop");
        assertThat(Instant.parse(version.path("createdAt").asString())).isBetween(before, Instant.now());
        assertThat(version.path("sha256").asString()).isEqualTo(HexFormat.of().formatHex(RegistryToken.sha256(document)));
        assertThat(version.path("name").asString()).isEqualTo("Lost debit card");
        assertThat(version.path("owner").asString()).isEqualTo("Head of cards servicing");
        assertThat(version.path("product").asString()).isEqualTo("debit card");
        assertThat(version.path("segment").asString()).isEqualTo("retail customers");

        HttpResponse<String> stored = get("/api/registry/journeys/bank-card-loss/versions/1");
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.body()).isEqualTo(document);
        assertThat(stored.headers().firstValue("Content-Type")).hasValue("application/yaml;charset=UTF-8");
        assertThat(stored.headers().firstValue("Journey-Version")).hasValue("1");
        assertThat(get("/api/registry/journeys/bank-card-loss/versions/1", "If-None-Match", "\"bank-card-loss-v1\"").statusCode())
                .isEqualTo(304);
    }

    @Test
    void theSameBytesStoreNoVersionAndAChangeNeedsTheVersionItWasMadeFrom() throws Exception {
        String first = sample("complaint-handling-before.yaml");
        String second = sample("complaint-handling-after.yaml");
        assertThat(putAs("complaint-handling", first).statusCode()).isEqualTo(201);

        HttpResponse<String> same = putAs("complaint-handling", first, "If-Match", "\"complaint-handling-v1\"");
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(body(same).path("version").asInt()).isEqualTo(1);

        HttpResponse<String> unconditional = putAs("complaint-handling", second);
        assertThat(unconditional.statusCode()).isEqualTo(428);
        assertThat(body(unconditional).path("type").asString()).isEqualTo("/problems/precondition-required");
        assertThat(body(unconditional).path("detail").asString()).isEqualTo("the registry already holds 'complaint-handling' "
                + "(version 1): send If-Match with the ETag of the version your change was made from, \"complaint-handling-v1\" if "
                + "it was the latest");

        HttpResponse<String> changed = putAs("complaint-handling", second, "If-Match", "\"complaint-handling-v1\"");
        assertThat(changed.statusCode()).isEqualTo(201);
        assertThat(changed.headers().firstValue("ETag")).hasValue("\"complaint-handling-v2\"");

        HttpResponse<String> stale = putAs("complaint-handling", first, "If-Match", "\"complaint-handling-v1\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(body(stale).path("type").asString()).isEqualTo("/problems/stale-version");
        assertThat(body(stale).path("detail").asString()).startsWith("If-Match names \"complaint-handling-v1\", but the latest "
                + "version of 'complaint-handling' is \"complaint-handling-v2\" (2, by Olga Petrova at ");

        JsonNode versions = body(get("/api/registry/journeys/complaint-handling/versions"));
        assertThat(versions.path("total").asInt()).isEqualTo(2);
        assertThat(List.of(versions.path("items").get(0).path("version").asInt(), versions.path("items").get(1).path("version").asInt()))
                .containsExactly(2, 1);
        assertThat(get("/api/registry/journeys/complaint-handling/versions/latest").body()).isEqualTo(second);
        assertThat(get("/api/registry/journeys/complaint-handling/versions/1").body()).isEqualTo(first);
        HttpResponse<String> journey = get("/api/registry/journeys/complaint-handling");
        assertThat(journey.headers().firstValue("ETag")).hasValue("\"complaint-handling-v2\"");
        assertThat(body(journey).path("versions").asInt()).isEqualTo(2);
        assertThat(body(journey).path("latestVersion").asInt()).isEqualTo(2);
    }

    @Test
    void ofTwoChangesFromTheSameVersionOnlyOneIsStored() throws Exception {
        assertThat(putAs("race", sample("retail-defective-goods.yaml")).statusCode()).isEqualTo(201);
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String changed = sample("retail-defective-goods.yaml") + "\n# change " + i + "\n";
            writers.add(() -> putAs("race", changed, "If-Match", "\"race-v1\"").statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> status : pool.invokeAll(writers)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).containsOnly(201, 412);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(body(get("/api/registry/journeys/race")).path("versions").asInt()).isEqualTo(2);
    }

    @Test
    void writingNeedsTheToken() throws Exception {
        HttpResponse<String> anonymous = put("no-token", sample("bank-card-loss.yaml"), "?author=someone");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"journey-audit\"");
        assertThat(body(anonymous).path("type").asString()).isEqualTo("/problems/unauthorized");
        assertThat(body(anonymous).path("detail").asString()).isEqualTo("writing to the registry needs the header "
                + "'Authorization: Bearer <token>'");

        HttpResponse<String> wrong = put("no-token", sample("bank-card-loss.yaml"), "?author=someone", "Authorization", "Bearer guess");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(body(wrong).path("detail").asString()).isEqualTo("writing to the registry needs the service's token; the one sent "
                + "is not it");
        assertThat(get("/api/registry/journeys/no-token").statusCode()).isEqualTo(404);
    }

    @Test
    void anInvalidDocumentIsRefusedWithItsLocatedProblemsAndNothingIsStored() throws Exception {
        HttpResponse<String> refused = putAs("broken", "id: broken\nname: Broken\nstages: 3\n");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(body(refused).path("type").asString()).isEqualTo("/problems/invalid-document");
        assertThat(body(refused).path("problems").size()).isPositive();
        assertThat(body(refused).path("problems").get(0).path("line").asInt()).isPositive();
        HttpResponse<String> missing = get("/api/registry/journeys/broken");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(body(missing).path("type").asString()).isEqualTo("/problems/no-such-journey");
        assertThat(body(missing).path("detail").asString()).isEqualTo("the registry holds no journey 'broken'");
    }

    @Test
    void keysVersionsAndPagesOutsideTheirFormsAreRefused() throws Exception {
        HttpResponse<String> key = putAs("Bank_Card", sample("bank-card-loss.yaml"));
        assertThat(key.statusCode()).isEqualTo(400);
        assertThat(body(key).path("detail").asString()).isEqualTo("'Bank_Card' is not a journey key: expected 1 to 64 lower-case "
                + "letters, digits and hyphens, starting with a letter or digit");
        HttpResponse<String> version = get("/api/registry/journeys/bank-card-loss/versions/first");
        assertThat(version.statusCode()).isEqualTo(400);
        assertThat(body(version).path("detail").asString()).isEqualTo("'first' is not a version: expected a number from 1, or 'latest'");
        HttpResponse<String> page = get("/api/registry/journeys?size=500");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(body(page).path("detail").asString()).isEqualTo("page 0 of size 500 cannot be served: page counts from 0 and "
                + "size is 1 to 100");
    }

    @Test
    void theListingFiltersByOwnerProductSegmentAndTextAndPages() throws Exception {
        for (String file : List.of("dashcam-warranty-repair", "insurance-insured-event", "utility-meter-dispute")) {
            HttpResponse<String> stored = putAs("list-" + file, sample(file + ".yaml"));
            assertThat(stored.statusCode()).as(file).isIn(200, 201);
        }
        JsonNode bySegment = body(get("/api/registry/journeys?segment=HOUSEHOLD%20customers"));
        assertThat(bySegment.path("total").asInt()).isEqualTo(1);
        assertThat(bySegment.path("items").get(0).path("key").asString()).isEqualTo("list-utility-meter-dispute");
        assertThat(bySegment.path("items").get(0).path("name").asString()).isEqualTo("Meter reading dispute");
        assertThat(bySegment.path("items").get(0).path("latestVersion").asInt()).isEqualTo(1);

        JsonNode byText = body(get("/api/registry/journeys?q=insured&owner=head%20of%20claims%20service&product=motor%20insurance"));
        assertThat(byText.path("total").asInt()).isEqualTo(1);
        assertThat(byText.path("items").get(0).path("key").asString()).isEqualTo("list-insurance-insured-event");

        JsonNode second = body(get("/api/registry/journeys?q=list-&size=2&page=1"));
        assertThat(second.path("total").asInt()).isEqualTo(3);
        assertThat(second.path("page").asInt()).isEqualTo(1);
        assertThat(second.path("size").asInt()).isEqualTo(2);
        assertThat(second.path("items").size()).isEqualTo(1);
        assertThat(second.path("items").get(0).path("key").asString()).isEqualTo("list-utility-meter-dispute");
    }

    private HttpResponse<String> post(String path, String... headers) throws Exception {
        return postBody(path, null, headers);
    }

    private HttpResponse<String> postBody(String path, String jsonBody, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAuditOfAStoredVersionIsKeptAndMakesTheJourneysTrend() throws Exception {
        String before = sample("retail-defective-goods.yaml");
        String after = before.replace("id: retail-defective-goods", "id: retail-defective-goods\n# reviewed with the claims team");
        assertThat(putAs("trend", before).statusCode()).isEqualTo(201);
        assertThat(putAs("trend", after, "If-Match", "\"trend-v1\"").statusCode()).isEqualTo(201);

        HttpResponse<String> anonymous = post("/api/registry/journeys/trend/versions/1/audits");
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> first = post("/api/registry/journeys/trend/versions/1/audits?asOf=2026-11-22", "Authorization", "Bearer " + TOKEN);
        assertThat(first.statusCode()).isEqualTo(201);
        JsonNode run = body(first);
        assertThat(first.headers().firstValue("Location")).hasValue("/api/registry/journeys/trend/audits/" + run.path("auditId").asLong());
        assertThat(run.path("version").asInt()).isEqualTo(1);
        assertThat(run.path("profile").asString()).isEqualTo("recommended");
        assertThat(run.path("asOf").asString()).isEqualTo("2026-11-22");
        assertThat(run.path("engineVersion").asString()).isEqualTo(org.journeyaudit.engine.JourneyAudit.VERSION);

        // the kept report is the service's audit of the same document, and the record's figures are its own
        HttpResponse<String> direct = http.send(HttpRequest.newBuilder(uri("/api/audits?asOf=2026-11-22"))
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(before)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode report = run.path("report");
        assertThat(report.path("findings")).isEqualTo(body(direct).path("findings"));
        assertThat(run.path("findings").asInt()).isEqualTo(report.path("summary").path("findings").asInt()).isEqualTo(4);
        assertThat(run.path("annualSavings").decimalValue()).isEqualByComparingTo(report.path("summary").path("annualSavings").decimalValue());
        assertThat(run.path("currency").asString()).isEqualTo(report.path("summary").path("currency").asString());

        JsonNode second = body(post("/api/registry/journeys/trend/versions/latest/audits?asOf=2026-11-22", "Authorization", "Bearer " + TOKEN));
        assertThat(second.path("version").asInt()).isEqualTo(2);

        JsonNode kept = body(get("/api/registry/journeys/trend/audits/" + run.path("auditId").asLong()));
        assertThat(kept.path("report")).isEqualTo(report);

        JsonNode history = body(get("/api/registry/journeys/trend/history"));
        assertThat(history.path("points").size()).isEqualTo(2);
        assertThat(history.path("points").get(0).path("version").asInt()).isEqualTo(1);
        assertThat(history.path("points").get(0).path("findings").asInt()).isEqualTo(run.path("findings").asInt());
        assertThat(history.path("points").get(1).path("version").asInt()).isEqualTo(2);
        assertThat(history.path("points").get(1).path("findings").asInt()).isEqualTo(second.path("findings").asInt());
        assertThat(history.path("points").get(0).has("report")).isFalse();

        // two stored versions compared are the comparison of the two documents
        HttpResponse<String> diff = get("/api/registry/journeys/trend/diff?from=1&to=latest&asOf=2026-11-22");
        assertThat(diff.statusCode()).isEqualTo(200);
        String both = "before:\n" + before.indent(2) + "after:\n" + after.indent(2);
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(uri("/api/diff?asOf=2026-11-22"))
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(both)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(body(diff)).isEqualTo(body(posted));

        HttpResponse<String> noAudit = get("/api/registry/journeys/trend/audits/999999");
        assertThat(noAudit.statusCode()).isEqualTo(404);
        assertThat(body(noAudit).path("detail").asString()).isEqualTo("the registry holds no audit 999999 of 'trend'");
        HttpResponse<String> noVersion = get("/api/registry/journeys/trend/diff?from=1&to=7");
        assertThat(noVersion.statusCode()).isEqualTo(404);
        assertThat(body(noVersion).path("detail").asString()).isEqualTo("the registry holds no version 7 of 'trend'");
    }

    /** Every stored journey's latest document, by key: the portfolio the registry weighs. */
    private List<String> latestDocuments() throws Exception {
        List<String> documents = new ArrayList<>();
        JsonNode page = body(get("/api/registry/journeys?size=100"));
        for (JsonNode journey : page.path("items")) {
            documents.add(get("/api/registry/journeys/" + journey.path("key").asString() + "/versions/latest").body());
        }
        return documents;
    }

    private static String yamlList(String field, List<String> documents) {
        StringBuilder yaml = new StringBuilder(field + ":\n");
        documents.forEach(d -> yaml.append("-\n").append(d.indent(2)));
        return yaml.toString();
    }

    private HttpResponse<String> postYaml(String path, String yaml) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(yaml)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theStoredPortfoliosComplianceIsThatOfItsLatestVersionsAndNothingStoredLater() throws Exception {
        assertThat(putAs("compliance-bank", sample("bank-card-loss.yaml")).statusCode()).isIn(200, 201);
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();

        HttpResponse<String> now = get("/api/registry/compliance?asOf=" + today);
        assertThat(now.statusCode()).isEqualTo(200);
        HttpResponse<String> posted = postYaml("/api/compliance?asOf=" + today, yamlList("journeys", latestDocuments()));
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(body(now)).isEqualTo(body(posted));
        assertThat(body(now).toString()).contains("bank-card-loss");

        String yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        JsonNode before = body(get("/api/registry/compliance?asOf=" + yesterday));
        assertThat(before.toString()).doesNotContain("bank-card-loss");
    }

    @Test
    void aKeptChangeRequestIsWeighedAgainstTheStoredPortfolio() throws Exception {
        assertThat(putAs("impact-insurance", sample("insurance-insured-event.yaml")).statusCode()).isIn(200, 201);
        String change = Files.readString(Path.of("../samples/changes/motor-tariffs-2027.yaml"));

        HttpResponse<String> kept = http.send(HttpRequest.newBuilder(uri("/api/registry/changes?author=Change%20board&asOf=2026-11-22"))
                .header("Content-Type", "application/yaml").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(change)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(kept.statusCode()).isEqualTo(201);
        long id = body(kept).path("changeId").asLong();
        assertThat(kept.headers().firstValue("Location")).hasValue("/api/registry/changes/" + id);
        assertThat(body(kept).path("author").asString()).isEqualTo("Change board");

        HttpResponse<String> posted = postYaml("/api/impact?asOf=2026-11-22", "change:\n" + change.indent(2)
                + yamlList("journeys", latestDocuments()));
        assertThat(posted.statusCode()).isEqualTo(200);
        // a kept change request is its own document: its references start at its root, not under 'change' of an envelope
        JsonNode expected = json.readTree(posted.body().replaceAll("(\"reference\"\\s*:\\s*\")change\\.", "$1"));
        assertThat(body(kept).path("impact")).isEqualTo(expected);
        assertThat(body(kept).path("impact").toString()).contains("insurance-insured-event");

        JsonNode again = body(get("/api/registry/changes/" + id + "/impact?asOf=2026-11-22"));
        assertThat(again.path("impact")).isEqualTo(expected);
        assertThat(get("/api/registry/changes/999999/impact").statusCode()).isEqualTo(404);
    }

    @Test
    void aVersionRestoredFromABackupKeepsItsNotesAndTheirLengthsAreChecked() throws Exception {
        // a journey no listing test filters for: the listing's counts stay its own
        String document = sample("bank-card-loss.yaml");
        ObjectNodeBuilder record = new ObjectNodeBuilder(json, document);
        HttpResponse<String> restored = postBody("/api/registry/import", record.with("author", "  Anna  ").build(), "Authorization",
                "Bearer " + TOKEN, "Content-Type", "application/json");
        assertThat(restored.statusCode()).isEqualTo(201);
        assertThat(body(restored).path("author").asString()).isEqualTo("  Anna  ");
        assertThat(body(restored).path("createdAt").asString()).isEqualTo("2025-03-01T09:30:00Z");
        assertThat(body(restored).path("comment").asString()).isEqualTo("from the spring workshop");

        HttpResponse<String> tooLong = postBody("/api/registry/import", new ObjectNodeBuilder(json, document).with("key", "restored-long")
                .with("author", "A".repeat(201)).build(), "Authorization", "Bearer " + TOKEN, "Content-Type", "application/json");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(body(tooLong).path("detail").asString()).isEqualTo("'author' is 201 characters; the most is 200");
        assertThat(get("/api/registry/journeys/restored-long").statusCode()).isEqualTo(404);
    }

    /** A version as a backup holds it, for POST /api/registry/import. */
    private static final class ObjectNodeBuilder {
        private final tools.jackson.databind.node.ObjectNode node;

        ObjectNodeBuilder(JsonMapper json, String document) {
            node = json.createObjectNode();
            node.put("key", "restored-card");
            node.put("version", 1);
            node.put("author", "Anna");
            node.put("comment", "from the spring workshop");
            node.put("createdAt", "2025-03-01T09:30:00Z");
            node.put("contentType", "application/yaml");
            node.put("document", document);
        }

        ObjectNodeBuilder with(String field, String value) {
            node.put(field, value);
            return this;
        }

        String build() {
            return node.toString();
        }
    }
}
