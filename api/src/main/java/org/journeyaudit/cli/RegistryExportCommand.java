package org.journeyaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.registry.LocalRegistry;
import org.journeyaudit.engine.registry.RegistryVersion;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

@Command(name = "registry-export", mixinStandardHelpOptions = true,
        description = {"Copies every version of every journey of a service's registry into a registry directory, each with its "
                + "author, time and comment: a backup that push, pull and history read, and registry-import restores.",
                "Exit code 0 when written, 2 for a usage error, 3 when the registry cannot be read or the directory written."})
final class RegistryExportCommand implements Callable<Integer> {

    private static final int PAGE = 100;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "A directory that does not exist yet, or is empty.")
    Path to;

    @Mixin
    RegistryOptions registry;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (registry.directory()) {
            throw new ParameterException(spec.commandLine(), "--registry: export reads a service's registry (http://...); a registry "
                    + "directory is already its own backup: copy it");
        }
        if (Files.exists(to) && (!Files.isDirectory(to) || hasFiles(to))) {
            throw new ParameterException(spec.commandLine(), "--to: " + to + " exists and is not an empty directory; export into a new one");
        }
        RegistryClient client = registry.client(spec);
        LocalRegistry backup;
        try {
            backup = LocalRegistry.open(to, java.time.Clock.systemUTC());
        } catch (org.journeyaudit.engine.registry.RegistryRefusal refused) {
            throw new RegistryRefusal(refused.getMessage());
        }
        int journeys = 0;
        int versions = 0;
        for (String key : keys(client)) {
            List<JsonNode> records = versions(client, key);
            for (JsonNode record : records) {
                int n = record.path("version").asInt();
                RegistryClient.Answer document = client.get(RegistryClient.journey(key) + "/versions/" + n);
                if (document.status() != 200) {
                    throw new RegistryRefusal("version " + n + " of " + key + " cannot be read: " + RegistryClient.detail(document));
                }
                boolean json = document.contentType().orElse("").startsWith("application/json");
                backup.restore(new RegistryVersion(key, n, record.path("author").asString(), record.path("comment").isNull() ? null
                        : record.path("comment").asString(), record.path("createdAt").asString(), record.path("sha256").asString(), null),
                        document.body().getBytes(StandardCharsets.UTF_8), json ? "json" : "yaml");
                versions++;
            }
            journeys++;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("exported " + journeys + (journeys == 1 ? " journey, " : " journeys, ") + versions + (versions == 1 ? " version" : " versions")
                + " from " + registry.name() + " to " + to);
        out.flush();
        return ExitCode.OK;
    }

    private static boolean hasFiles(Path directory) throws IOException {
        try (var listed = Files.list(directory)) {
            return listed.findAny().isPresent();
        }
    }

    private static List<String> keys(RegistryClient client) {
        List<String> keys = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonNode listed = read(client, "/api/registry/journeys?size=" + PAGE + "&page=" + page);
            listed.path("items").forEach(item -> keys.add(item.path("key").asString()));
            if ((long) (page + 1) * PAGE >= listed.path("total").asLong()) {
                return keys;
            }
        }
    }

    /** A journey's version records, oldest first. */
    private static List<JsonNode> versions(RegistryClient client, String key) {
        List<JsonNode> records = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonNode listed = read(client, RegistryClient.journey(key) + "/versions?size=" + PAGE + "&page=" + page);
            listed.path("items").forEach(records::add);
            if ((long) (page + 1) * PAGE >= listed.path("total").asLong()) {
                java.util.Collections.reverse(records);
                return records;
            }
        }
    }

    private static JsonNode read(RegistryClient client, String path) {
        RegistryClient.Answer answer = client.get(path);
        if (answer.status() != 200) {
            throw new RegistryRefusal("the registry cannot be read: " + RegistryClient.detail(answer));
        }
        return answer.json();
    }
}
