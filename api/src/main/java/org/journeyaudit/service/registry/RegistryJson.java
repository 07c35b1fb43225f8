package org.journeyaudit.service.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The registry's answers as JSON objects, their fields in a fixed order; times as ISO-8601 in UTC. */
final class RegistryJson {

    private RegistryJson() {
    }

    static Map<String, Object> version(JourneyVersion v) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", v.key());
        json.put("version", v.version());
        json.put("author", v.author());
        json.put("comment", v.comment());
        json.put("createdAt", v.createdAt().toString());
        json.put("sha256", v.sha256());
        describe(json, v);
        return json;
    }

    /** A journey as listed: what its latest version says of it. */
    static Map<String, Object> journey(JourneyVersion latest) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", latest.key());
        describe(json, latest);
        json.put("latestVersion", latest.version());
        json.put("updatedAt", latest.createdAt().toString());
        return json;
    }

    /** A kept audit with its whole JSON report. */
    static Map<String, Object> audit(AuditRun run) {
        Map<String, Object> json = point(run);
        json.put("asOf", run.asOf().toString());
        json.put("engineVersion", run.engineVersion());
        json.put("report", new RawJson(run.report()));
        return json;
    }

    /** An audit as a point of its journey's trend. */
    static Map<String, Object> point(AuditRun run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("auditId", run.auditId());
        json.put("key", run.key());
        json.put("version", run.version());
        json.put("profile", run.profile());
        json.put("auditedAt", run.auditedAt().toString());
        json.put("findings", run.findings());
        json.put("annualSavings", run.annualSavings());
        json.put("currency", run.currency());
        return json;
    }

    static <T> Map<String, Object> page(Page<T> page, Function<T, Map<String, Object>> item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("items", page.items().stream().map(item).toList());
        json.put("page", page.page());
        json.put("size", page.size());
        json.put("total", page.total());
        return json;
    }

    private static void describe(Map<String, Object> json, JourneyVersion v) {
        json.put("name", v.name());
        json.put("owner", v.owner());
        json.put("product", v.product());
        json.put("segment", v.segment());
    }
}
