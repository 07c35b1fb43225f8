package org.journeyaudit.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.Portfolio;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.journey.Journey;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The visual report without the rule pack: audits built by hand, so that the page's structure, its
 * embedded data and its defences against hostile journey text are checked in the engine itself.
 */
class HtmlReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL);

    /** Chat is silent about the status check: an undecided cell. */
    private static final String INSURED_EVENT = """
            id: insured-event
            name: Insured event
            version: "2025"
            owner: Head of claims
            key: true
            currency: RUB
            channels:
              - {id: phone, name: Phone, mode: assisted}
              - {id: chat, name: Chat, mode: assisted}
              - {id: app, mode: self-service}
            stages:
              - id: file-claim
                name: File a claim
                goal: Register the claim at once
                emotion: -1
                pains: [Has to repeat the policy number]
                barriers:
                  - {text: Lines are busy, solution: Size the call centre}
                  - {text: No SMS when the status changes}
                touchpoints:
                  - {channel: phone, status: present, volumePerMonth: 1200}
                  - {channel: chat, status: absent, reason: Documents cannot be sent in the chat}
                  - {channel: app, status: not-applicable, reason: The app only shows the status}
                steps:
                  - {id: register, name: First line registers the claim, actor: L1, system: CRM, kind: work, minutes: 4}
                  - {id: assess, name: Third line assesses the claim, actor: L3, system: CRM, kind: check, minutes: 12.5, waitMinutes: 2880}
                  - {id: answer, actor: L1, kind: notify}
              - id: check-status
                touchpoints:
                  - {channel: phone, status: present}
                  - {channel: app, status: present, volumePerMonth: 800.5}
            """;

    @Test
    void theReportIsOneSelfContainedDocumentWithNoReferenceToAnythingOutsideIt() {
        String html = HtmlReport.audit(audit(read(INSURED_EVENT), findings()));

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(html).endsWith("</html>\n");
        assertThat(html).doesNotContain("http://", "https://", "<link", "<img", "<iframe", "@import", "{{");
        String markup = withoutData(html);
        assertThat(markup).doesNotContain("src=", "href=\"/", "href=\"//");
        // the only url() references are the page's own arrowheads
        Matcher url = Pattern.compile("url\\(([^)]*)\\)").matcher(markup);
        while (url.find()) {
            assertThat(url.group(1)).startsWith("#arrow-");
        }
        assertThat(count(html, "<style>")).isEqualTo(1);
        assertThat(count(html, "<script")).as("the data and the renderer").isEqualTo(2);
        assertThat(html).as("the renderer is inlined").contains("<script>/*", "JSON.parse(document.getElementById('report-data').textContent)");
    }

    @Test
    void theContentSecurityPolicyAllowsExactlyTheInlinedScriptAndStyleAndNothingFromOutside() throws Exception {
        String html = HtmlReport.audit(audit(read(INSURED_EVENT), findings()));

        Matcher csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").matcher(html);
        assertThat(csp.find()).isTrue();
        String policy = csp.group(1);
        assertThat(policy).startsWith("default-src 'none';");
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(script.find()).isTrue();
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertThat(style.find()).isTrue();
        assertThat(policy).contains("script-src '" + sha256(script.group(1)) + "'");
        assertThat(policy).contains("style-src '" + sha256(style.group(1)) + "'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    @Test
    void theEmbeddedDataIsTheJsonReportUnchangedAndTheJourneyMap() {
        Audit audit = audit(read(INSURED_EVENT), findings());
        JsonNode data = data(HtmlReport.audit(audit));

        assertThat(data.propertyNames()).containsExactly("report", "map", "language", "words", "families");
        assertThat(withoutDrawing(data.get("report"))).isEqualTo(asParsed(JsonReport.audit(audit)));
        assertThat(data.at("/report/asOfShown").asString()).isEqualTo("2026-11-22");
        assertThat(data.at("/report/findings/0/family").asString()).isEqualTo("coverage");
        assertThat(data.at("/report/findings/0/drawn").toString()).isEqualTo("[\"touchpoint:check-status@chat\"]");
        assertThat(data.at("/report/findings/1/family").asString()).isEqualTo("handoff");
        assertThat(data.at("/report/findings/1/drawn").toString()).as("an actor in a stage's finding is that stage's lane")
                .isEqualTo("[\"lane:file-claim/L1\",\"step:answer\"]");
        assertThat(data.get("language").asString()).isEqualTo("en");
        assertThat(data.at("/words/html.hint").asString()).isEqualTo("Click to highlight its targets on the matrix and the swimlanes.");
        assertThat(data.at("/words/plural.finding").asString()).isEqualTo("finding|findings");
        assertThat(data.get("families").toString()).startsWith("[{\"name\":\"redundancy\",\"label\":\"redundancy\",\"title\":\"Redundancy\","
                + "\"intro\":\"Steps and requests that add work or contacts without changing the outcome.\"},{\"name\":\"coverage\",");

        JsonNode map = data.get("map");
        assertThat(map.get("channels").toString()).isEqualTo("[{\"id\":\"phone\",\"name\":\"Phone\",\"mode\":\"assisted\"},"
                + "{\"id\":\"chat\",\"name\":\"Chat\",\"mode\":\"assisted\"},{\"id\":\"app\",\"name\":\"app\",\"mode\":\"self-service\"}]");
        assertThat(map.get("stages")).extracting(s -> s.get("id").asString()).containsExactly("file-claim", "check-status");

        JsonNode fileClaim = map.get("stages").get(0);
        assertThat(fileClaim.get("name").asString()).isEqualTo("File a claim");
        assertThat(fileClaim.get("goal").asString()).isEqualTo("Register the claim at once");
        assertThat(fileClaim.get("emotion").asInt()).isEqualTo(-1);
        assertThat(fileClaim.get("pains").toString()).isEqualTo("[\"Has to repeat the policy number\"]");
        assertThat(fileClaim.get("barriers").toString()).isEqualTo("[{\"text\":\"Lines are busy\",\"solution\":\"Size the call centre\"},"
                + "{\"text\":\"No SMS when the status changes\",\"solution\":null}]");
        assertThat(fileClaim.get("handoffs").asInt()).isEqualTo(2);
        assertThat(fileClaim.get("lanes").toString()).isEqualTo("[\"L1\",\"L3\"]");
        assertThat(fileClaim.get("workMinutes").toString()).isEqualTo("16.5");
        assertThat(fileClaim.get("waitMinutes").toString()).isEqualTo("2880");
        assertThat(fileClaim.get("steps").toString()).isEqualTo("["
                + "{\"id\":\"register\",\"name\":\"First line registers the claim\",\"actor\":\"L1\",\"system\":\"CRM\",\"kind\":\"work\",\"minutes\":4,\"waitMinutes\":null,"
                + "\"automated\":false,\"receivesHandoff\":false,\"handoffReason\":null,\"lane\":0},"
                + "{\"id\":\"assess\",\"name\":\"Third line assesses the claim\",\"actor\":\"L3\",\"system\":\"CRM\",\"kind\":\"check\",\"minutes\":12.5,\"waitMinutes\":2880,"
                + "\"automated\":false,\"receivesHandoff\":true,\"handoffReason\":null,\"lane\":1},"
                + "{\"id\":\"answer\",\"name\":\"answer\",\"actor\":\"L1\",\"system\":null,\"kind\":\"notify\",\"minutes\":null,\"waitMinutes\":null,"
                + "\"automated\":false,\"receivesHandoff\":true,\"handoffReason\":null,\"lane\":0}]");

        JsonNode checkStatus = map.get("stages").get(1);
        assertThat(checkStatus.get("name").asString()).as("a stage without a name is shown by its id").isEqualTo("check-status");
        assertThat(checkStatus.get("emotion").isNull()).isTrue();
        assertThat(checkStatus.get("steps").isEmpty()).isTrue();

        assertThat(map.get("cells")).extracting(JsonNode::toString).containsExactly(
                "{\"stage\":\"file-claim\",\"channel\":\"phone\",\"status\":\"present\",\"reason\":null,\"volumePerMonth\":1200}",
                "{\"stage\":\"file-claim\",\"channel\":\"chat\",\"status\":\"absent\",\"reason\":\"Documents cannot be sent in the chat\",\"volumePerMonth\":null}",
                "{\"stage\":\"file-claim\",\"channel\":\"app\",\"status\":\"not-applicable\",\"reason\":\"The app only shows the status\",\"volumePerMonth\":null}",
                "{\"stage\":\"check-status\",\"channel\":\"phone\",\"status\":\"present\",\"reason\":null,\"volumePerMonth\":null}",
                "{\"stage\":\"check-status\",\"channel\":\"chat\",\"status\":\"undecided\",\"reason\":null,\"volumePerMonth\":null}",
                "{\"stage\":\"check-status\",\"channel\":\"app\",\"status\":\"present\",\"reason\":null,\"volumePerMonth\":800.5}");
        assertThat(map.get("undecided").toString()).isEqualTo("[{\"stage\":\"check-status\",\"channel\":\"chat\"}]");
    }

    @Test
    void hostileTextInTheJourneyStaysInsideTheJsonAndCannotEndTheScriptElement() {
        String scriptBreak = "</script><script>alert(1)</script>";
        String imageHandler = "<img src=x onerror=alert(1)>";
        String hostile = """
                id: hostile
                name: "%1$s"
                version: "%2$s"
                owner: "%2$s"
                channels:
                  - {id: phone, name: "%2$s", mode: assisted}
                stages:
                  - id: ask
                    name: "%1$s"
                    goal: "%2$s"
                    pains: ["%1$s"]
                    barriers: [{text: "%2$s", solution: "%1$s"}]
                    touchpoints:
                      - {channel: phone, status: absent, reason: "%1$s <!-- %2$s"}
                    steps:
                      - {id: take, name: "%2$s", actor: "%1$s", system: "%2$s"}
                      - {id: pass, name: "%1$s", actor: "L2", system: "%1$s"}
                """.formatted(scriptBreak, imageHandler);
        Journey journey = read(hostile);
        Finding finding = Finding.of("handoff/excess").stage("ask").element("step:take").saying(scriptBreak + imageHandler)
                .reported("F1", Severity.WARNING);
        String html = HtmlReport.audit(audit(journey, List.of(finding)));

        assertThat(count(html, "</script>")).as("only the data's and the renderer's own end tags").isEqualTo(2);
        assertThat(count(html, "<script")).isEqualTo(2);
        assertThat(html).doesNotContain("<img", "<!--", "alert(1)</script>");
        Matcher data = DATA.matcher(html);
        assertThat(data.find()).isTrue();
        assertThat(data.group(1)).doesNotContain("<", ">", "&");
        assertThat(withoutData(html)).as("user text reaches the page only through the JSON").doesNotContain("alert(1)", "onerror");
        assertThat(html).contains("<title>Journey audit</title>");

        JsonNode parsed = data(html);
        assertThat(parsed.at("/report/journey/name").asString()).isEqualTo(scriptBreak);
        assertThat(parsed.at("/report/findings/0/message").asString()).isEqualTo(scriptBreak + imageHandler);
        assertThat(parsed.at("/map/stages/0/name").asString()).isEqualTo(scriptBreak);
        assertThat(parsed.at("/map/stages/0/steps/0/actor").asString()).isEqualTo(scriptBreak);
        assertThat(parsed.at("/map/channels/0/name").asString()).isEqualTo(imageHandler);
        assertThat(parsed.at("/map/cells/0/reason").asString()).isEqualTo(scriptBreak + " <!-- " + imageHandler);
    }

    @Test
    void theRendererPutsTextInThroughTheDomNeverAsMarkup() throws IOException {
        String js = resource("report.js");
        assertThat(js).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                "setTimeout('", "javascript:", "fetch(", "XMLHttpRequest", "import(");
        assertThat(js).contains("textContent", "getElementById('report-data')");
        // the containers the script fills are written in the page, with the ids the web page and browser test rely on
        String template = resource("report.html");
        for (String id : List.of("report-data", "coverage-matrix", "swimlanes", "emotion-curve", "findings", "recommendations",
                "report-header", "summary", "report-footer", "portfolio", "journey-tabs")) {
            assertThat(template).contains("id=\"" + id + "\"");
        }
    }

    @Test
    void aPortfolioHoldsEveryJourneyWithItsMapAndTheTotalsOfTheJsonReport() {
        Audit first = audit(read(INSURED_EVENT), List.of());
        Audit second = audit(read(INSURED_EVENT.replace("id: insured-event", "id: insured-event-2")), findings());
        Portfolio portfolio = new Portfolio(List.of(first, second), List.of());
        String html = HtmlReport.portfolio(portfolio);

        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("http://", "https://");
        JsonNode data = data(html);
        JsonNode expected = asParsed(JsonReport.portfolio(portfolio));
        assertThat(data.get("portfolio")).isEqualTo(expected.get("portfolio"));
        assertThat(data.get("invalid")).isEqualTo(expected.get("invalid"));
        assertThat(data.get("journeys")).hasSize(2);
        assertThat(data.at("/journeys/0/label").asString()).isEqualTo("insured-event 2025");
        assertThat(withoutDrawing(data.at("/journeys/1/report"))).isEqualTo(asParsed(JsonReport.audit(second)));
        assertThat(data.at("/journeys/1/map")).isEqualTo(asParsed(JourneyMapJson.of(second.journey())));
        assertThat(data.get("worstFirst").toString()).as("the journey with a warning first").isEqualTo("[1,0]");
    }

    private static List<Finding> findings() {
        return List.of(
                Finding.of("coverage/undecided-cell").stage("check-status").element("touchpoint:check-status@chat")
                        .saying("The matrix does not say whether stage 'check-status' is served on chat").reported("F1", Severity.WARNING),
                Finding.of("handoff/ping-pong").stage("file-claim").element("actor:L1").element("step:answer")
                        .saying("In stage 'file-claim' the work comes back to L1 1 time").reported("F2", Severity.WARNING));
    }

    private static Audit audit(Journey journey, List<Finding> findings) {
        return new Audit(journey, AS_OF, findings, List.of());
    }

    private static Journey read(String yaml) {
        return new JourneyReader().read("test.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
    }

    private static JsonNode data(String html) {
        Matcher data = DATA.matcher(html);
        assertThat(data.find()).as("the page embeds its data").isTrue();
        return JSON.readTree(data.group(1));
    }

    /** A tree as it reads back from text, so that 13700 compares equal whether built as a long or read as an int. */
    private static JsonNode asParsed(JsonNode node) {
        return JSON.readTree(JSON.writeValueAsString(node));
    }

    /** The embedded report less what the page adds for drawing (the shown date, each finding's family and shapes): the JSON report. */
    private static JsonNode withoutDrawing(JsonNode report) {
        tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) report.deepCopy();
        copy.remove("asOfShown");
        copy.get("findings").forEach(f -> ((tools.jackson.databind.node.ObjectNode) f).remove(List.of("family", "drawn")));
        return copy;
    }

    private static String withoutData(String html) {
        return DATA.matcher(html).replaceFirst("");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static String sha256(String text) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlReport.class.getResourceAsStream("html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
