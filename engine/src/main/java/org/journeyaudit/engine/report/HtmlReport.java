package org.journeyaudit.engine.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditSummary;
import org.journeyaudit.engine.audit.FailOn;
import org.journeyaudit.engine.audit.Portfolio;
import org.journeyaudit.engine.compare.JourneyComparison;
import org.journeyaudit.engine.evidence.Evidence;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.language.Language;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The visual report: one self-contained HTML5 document (coverage matrix, swimlanes, emotion curve,
 * findings, recommendations) that opens offline from a file. The page is the template
 * {@code html/report.html} with its stylesheet and script inlined; the script draws everything from
 * the data embedded as JSON in {@code <script type="application/json" id="report-data">}: the JSON
 * report ({@link JsonReport}) and the journey map ({@link JourneyMapJson}). No user text is written
 * into the markup; it reaches the page only through the JSON, and the script puts it in with
 * {@code textContent}. A Content-Security-Policy allows only the inlined script and style, by hash.
 */
public final class HtmlReport {

    private static final JsonMapper JSON = JsonReport.COMPACT;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([\\w.]+)}}");
    /** The words the script draws with, by the start of their keys: the page's own, and the report words it shares. */
    private static final List<String> SCRIPT_WORDS = List.of("html.", "plural.", "severity.", "effort.", "status.", "cell.", "verdict.",
            "comparison.", "element.", "mode.", "kind.", "source.", "text.", "md.none", "md.suppressionNotes", "impact.keyJourney",
            "impact.step", "notPriced", "aYear", "contactsAvoided", "minutesSaved", "fewer", "lessWaiting", "findings", "recommendations",
            "audit.title", "cost.");

    private static final String TEMPLATE = resource("report.html");
    private static final String CSS = inlinable(resource("report.css"), "style");
    private static final String JS = inlinable(resource("report.js"), "script");

    private HtmlReport() {
    }

    /** The report of one journey: {@code {"report": <JSON report>, "map": <journey map>}}. */
    public static String audit(Audit audit) {
        return audit(audit, Language.EN);
    }

    /** The report of one journey in a language: its words, figures and dates, and the words the script draws with. */
    public static String audit(Audit audit, Language language) {
        ReportWords words = ReportWords.of(language);
        ObjectNode data = JSON.createObjectNode();
        data.set("report", drawable(JsonReport.audit(audit, language), audit, words));
        data.set("map", JourneyMapJson.of(audit.journey(), language));
        return page(data, words);
    }

    /**
     * The report of one journey audited beside its event log: as {@link #audit(Audit, Language)}, with what the log shows
     * as {@code "observed"} ({@link ObservedOverlay}) for the page to lay over the matrix and the swimlanes.
     */
    public static String audit(Audit audit, Evidence evidence, Language language) {
        ReportWords words = ReportWords.of(language);
        ObjectNode data = JSON.createObjectNode();
        data.set("report", drawable(JsonReport.audit(audit, language), audit, words));
        data.set("map", JourneyMapJson.of(audit.journey(), language));
        data.set("observed", ObservedOverlay.of(evidence, language));
        return page(data, words);
    }

    /**
     * Several journeys in one document: the portfolio summary, then each journey's report. The data is
     * {@code {"portfolio": <totals>, "invalid": [...], "journeys": [{"label", "report", "map"}], "worstFirst": [...]}}:
     * the journeys in the order they were audited, and their indexes with the most serious first.
     */
    public static String portfolio(Portfolio portfolio) {
        return portfolio(portfolio, Language.EN);
    }

    public static String portfolio(Portfolio portfolio, Language language) {
        ReportWords words = ReportWords.of(language);
        ObjectNode all = JsonReport.portfolio(portfolio, language);
        ObjectNode data = JSON.createObjectNode();
        data.set("portfolio", all.get("portfolio"));
        data.set("invalid", all.get("invalid"));
        ArrayNode journeys = data.putArray("journeys");
        JsonNode reports = all.get("reports");
        for (int i = 0; i < portfolio.audits().size(); i++) {
            Audit audit = portfolio.audits().get(i);
            ObjectNode journey = journeys.addObject();
            journey.put("label", Portfolio.label(audit));
            journey.set("report", drawable((ObjectNode) reports.get(i), audit, words));
            journey.set("map", JourneyMapJson.of(audit.journey(), language));
        }
        Map<Audit, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < portfolio.audits().size(); i++) {
            index.put(portfolio.audits().get(i), i);
        }
        ArrayNode worstFirst = data.putArray("worstFirst");
        portfolio.worstFirst().forEach(audit -> worstFirst.add(index.get(audit)));
        return page(data, words);
    }

    /**
     * Two versions of a journey side by side. The data is {@code {"comparison": <the JSON of diff --format json, with its
     * outcome>, "before": {"report", "map"}, "after": {"report", "map"}, "marks": {"before": {"resolved", "lost"},
     * "after": {"introduced", "gained"}}}}: the marks are the map elements to flag on each side, named as the page names
     * them ({@link #drawnElements}), the cells lost and gained as {@code touchpoint:stage@channel}.
     */
    public static String diff(JourneyComparison comparison, FailOn failOn) {
        return diff(comparison, failOn, Language.EN);
    }

    public static String diff(JourneyComparison comparison, FailOn failOn, Language language) {
        ReportWords words = ReportWords.of(language);
        ObjectNode data = JSON.createObjectNode();
        ObjectNode compared = JsonReport.withOutcome(ComparisonReport.json(comparison, language), failOn, comparison.failedBy(failOn));
        compared.put("asOfShown", words.figures().date(comparison.after().asOf()));
        // each version as the reports name it: its version, else "before" or "after" in the language
        ((ObjectNode) compared.get("before")).put("label", ComparisonReport.version(comparison.before().journey(), words.get("comparison.before")));
        ((ObjectNode) compared.get("after")).put("label", ComparisonReport.version(comparison.after().journey(), words.get("comparison.after")));
        for (String status : List.of("resolved", "introduced")) {
            List<Finding> findings = status.equals("resolved") ? comparison.resolved() : comparison.introduced();
            JsonNode nodes = compared.get("findings").get(status);
            for (int i = 0; i < findings.size(); i++) {
                drawable((ObjectNode) nodes.get(i), findings.get(i));
            }
        }
        for (String status : List.of("changed", "unchanged")) {
            List<org.journeyaudit.engine.compare.FindingMatch> matches = status.equals("changed") ? comparison.changed() : comparison.unchanged();
            JsonNode nodes = compared.get("findings").get(status);
            for (int i = 0; i < matches.size(); i++) {
                drawable((ObjectNode) nodes.get(i).get("before"), matches.get(i).before());
                drawable((ObjectNode) nodes.get(i).get("after"), matches.get(i).after());
            }
        }
        data.set("comparison", compared);
        for (Audit audit : List.of(comparison.before(), comparison.after())) {
            ObjectNode side = data.putObject(audit == comparison.before() ? "before" : "after");
            side.set("report", drawable(JsonReport.audit(audit), audit, words));
            side.set("map", JourneyMapJson.of(audit.journey(), language));
        }
        ObjectNode marks = data.putObject("marks");
        ObjectNode before = marks.putObject("before");
        strings(before.putArray("resolved"), drawnElements(comparison.resolved()));
        strings(before.putArray("lost"), comparison.coverage().lost().stream().map(cell -> "touchpoint:" + cell).toList());
        ObjectNode after = marks.putObject("after");
        strings(after.putArray("introduced"), drawnElements(comparison.introduced()));
        strings(after.putArray("gained"), comparison.coverage().gained().stream().map(cell -> "touchpoint:" + cell).toList());
        return page(data, words);
    }

    /**
     * The JSON report with what the script draws and would otherwise work out itself: each finding's family and the
     * map shapes it names ({@code drawn}), the audit date and suppression dates as the language writes them.
     */
    private static ObjectNode drawable(ObjectNode report, Audit audit, ReportWords words) {
        report.put("asOfShown", words.figures().date(audit.asOf()));
        JsonNode findings = report.get("findings");
        for (int i = 0; i < audit.findings().size(); i++) {
            drawable((ObjectNode) findings.get(i), audit.findings().get(i));
        }
        JsonNode baselined = report.get("baselined");
        for (int i = 0; i < audit.baselined().size(); i++) {
            drawable((ObjectNode) baselined.get(i), audit.baselined().get(i));
        }
        JsonNode suppressed = report.get("suppressed");
        for (int i = 0; i < audit.suppressed().size(); i++) {
            ObjectNode finding = (ObjectNode) suppressed.get(i);
            drawable(finding, audit.suppressed().get(i).finding());
            java.time.LocalDate expires = audit.suppressed().get(i).suppression().expires();
            if (expires != null) {
                ((ObjectNode) finding.get("suppression")).put("expiresShown", words.figures().date(expires));
            }
        }
        return report;
    }

    private static void drawable(ObjectNode node, Finding finding) {
        node.put("family", finding.family());
        strings(node.putArray("drawn"), drawnElements(List.of(finding)));
    }

    /**
     * The elements of the findings as the map draws them, each once: steps, stages, cells, barriers as named; in a
     * stage's finding a channel is that stage's cell on the channel and an actor that stage's lane
     * ({@code lane:stage/actor}); a channel or an actor outside any stage is its column header or every lane of it.
     * Systems and information items have no shape of their own on the map (the steps and cells naming them carry the mark).
     */
    static Set<String> drawnElements(List<Finding> findings) {
        Set<String> drawn = new LinkedHashSet<>();
        for (Finding finding : findings) {
            for (String element : finding.elements()) {
                int colon = element.indexOf(':');
                String kind = colon < 0 ? "" : element.substring(0, colon);
                String id = element.substring(colon + 1);
                switch (kind) {
                    case "step", "stage", "touchpoint", "barrier" -> drawn.add(element);
                    case "channel" -> drawn.add(finding.stage() == null ? element : "touchpoint:" + finding.stage() + "@" + id);
                    case "actor" -> drawn.add(finding.stage() == null ? element : "lane:" + finding.stage() + "/" + id);
                    default -> {
                        // systems, items, the journey: not drawn as a shape of their own
                    }
                }
            }
        }
        return drawn;
    }

    private static void strings(ArrayNode array, Iterable<String> values) {
        values.forEach(array::add);
    }

    private static String page(ObjectNode data, ReportWords words) {
        data.put("language", words.language().tag());
        ObjectNode scriptWords = data.putObject("words");
        words.all().forEach((key, word) -> {
            if (SCRIPT_WORDS.stream().anyMatch(key::startsWith)) {
                scriptWords.put(key, word);
            }
        });
        ArrayNode families = data.putArray("families");
        for (String family : AuditSummary.FAMILIES) {
            families.addObject().put("name", family).put("label", words.get("family." + family))
                    .put("title", words.get("html.family." + family)).put("intro", words.get("html.family." + family + ".intro"));
        }
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                "csp", "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '" + sha256(JS) + "'; "
                        + "base-uri 'none'; form-action 'none'",
                "css", CSS,
                "js", JS,
                "data", scriptSafeJson(data),
                "lang", words.language().tag()));
        // the page's own words, written into the markup escaped: they are ours, but escaping costs nothing
        words.all().forEach((key, word) -> {
            if (key.startsWith("html.page.")) {
                values.put(key, escapeHtml(word));
            }
        });
        // one pass over the template: what is put in is never searched for placeholders again
        Matcher matcher = PLACEHOLDER.matcher(TEMPLATE);
        StringBuilder page = new StringBuilder(TEMPLATE.length() + CSS.length() + JS.length() + 4096);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("report.html names an unknown placeholder: " + matcher.group());
            }
            matcher.appendReplacement(page, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(page);
        return page.toString();
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * JSON that cannot end the script element it sits in: {@code <} (and {@code >}, {@code &}) only
     * occur inside JSON strings, where their {@code \u003c} escapes mean the same.
     */
    static String scriptSafeJson(JsonNode data) {
        return JSON.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required algorithm of every Java platform", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream("html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource html/" + name + " beside " + HtmlReport.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource html/" + name, e);
        }
    }

    /** A stylesheet or script that would end its own element early is a bug in the resource, refused at once. */
    private static String inlinable(String text, String element) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("</" + element) || lower.contains("<!--")) {
            throw new IllegalStateException("report resource contains '</" + element + "' or '<!--' and cannot be inlined");
        }
        return text;
    }
}
