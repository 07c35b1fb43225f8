package org.journeyaudit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.report.JsonReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Lists a journey's versions in the registry, newest first, and its kept audits, oldest first: the trend of "
                + "its findings and savings.",
                "Exit code 0, 2 for a usage error, 3 when the registry has no such journey or cannot be reached."})
final class HistoryCommand implements Callable<Integer> {

    /** The formats the history is written in. */
    enum HistoryFormat { text, json }

    private static final int MOST_VERSIONS = 100;

    @Parameters(index = "0", paramLabel = "KEY", description = "The journey's key in the registry.")
    String key;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    HistoryFormat format = HistoryFormat.text;

    @Mixin
    RegistryOptions registry;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RegistryOptions.key(key, spec);
        JsonNode versions;
        JsonNode audits;
        if (registry.directory()) {
            versions = fromDirectory();
            audits = JsonNodeFactory.instance.objectNode().set("points", JsonNodeFactory.instance.arrayNode());
        } else {
            RegistryClient client = registry.client(spec);
            versions = answered(client.get(RegistryClient.journey(key) + "/versions?size=" + MOST_VERSIONS));
            audits = answered(client.get(RegistryClient.journey(key) + "/history"));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == HistoryFormat.json) {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.put("key", key);
            json.put("registry", registry.name());
            json.put("versionCount", versions.path("total").asInt());
            json.set("versions", versions.path("items"));
            json.set("audits", audits.path("points"));
            out.print(JsonReport.write(json));
        } else {
            int total = versions.path("total").asInt();
            out.println(key + " in " + registry.name() + ": " + total + (total == 1 ? " version" : " versions")
                    + (total > MOST_VERSIONS ? " (the latest " + MOST_VERSIONS + " below)" : ""));
            for (JsonNode v : versions.path("items")) {
                out.println("  v" + v.path("version").asInt() + "  " + v.path("createdAt").asString() + "  " + v.path("author").asString()
                        + (v.path("comment").isNull() ? "" : "  " + v.path("comment").asString()));
            }
            JsonNode points = audits.path("points");
            if (points.isEmpty()) {
                out.println("No audits kept.");
            } else {
                out.println("Audits, oldest first:");
                for (JsonNode p : points) {
                    out.println("  #" + p.path("auditId").asLong() + "  v" + p.path("version").asInt() + "  " + p.path("auditedAt").asString()
                            + "  " + p.path("profile").asString() + "  " + p.path("findings").asInt()
                            + (p.path("findings").asInt() == 1 ? " finding" : " findings")
                            + (p.path("annualSavings").isNull() ? "" : "  " + p.path("annualSavings").asString() + " "
                                    + p.path("currency").asString("") + " a year"));
                }
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    /** A registry directory's versions as the service lists them: newest first, with the total. A directory keeps no audits. */
    private JsonNode fromDirectory() {
        java.util.List<org.journeyaudit.engine.registry.RegistryVersion> kept;
        try {
            kept = registry.local().versions(key);
        } catch (org.journeyaudit.engine.registry.RegistryRefusal refused) {
            throw new RegistryRefusal("no history of " + key + ": " + refused.getMessage());
        }
        if (kept.isEmpty()) {
            throw new RegistryRefusal("no history of " + key + ": the registry holds no journey '" + key + "'");
        }
        ObjectNode page = JsonNodeFactory.instance.objectNode();
        tools.jackson.databind.node.ArrayNode items = page.putArray("items");
        for (int i = kept.size() - 1; i >= 0; i--) {
            org.journeyaudit.engine.registry.RegistryVersion v = kept.get(i);
            ObjectNode item = items.addObject();
            item.put("key", v.key());
            item.put("version", v.version());
            item.put("author", v.author());
            item.put("comment", v.comment());
            item.put("createdAt", v.createdAt());
            item.put("sha256", v.sha256());
        }
        page.put("total", kept.size());
        return page;
    }

    private JsonNode answered(RegistryClient.Answer answer) {
        if (answer.status() != 200) {
            throw new RegistryRefusal("no history of " + key + ": " + RegistryClient.detail(answer));
        }
        return answer.json();
    }
}
