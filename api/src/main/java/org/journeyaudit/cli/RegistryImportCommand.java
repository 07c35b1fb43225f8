package org.journeyaudit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.registry.LocalRegistry;
import org.journeyaudit.engine.registry.RegistryVersion;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "registry-import", mixinStandardHelpOptions = true,
        description = {"Restores a registry directory (a backup made by registry-export, or a local registry) into a service's "
                + "registry, every version in order with its author, time and comment.",
                "Exit code 0 when restored, 2 for a usage error, 3 when the directory cannot be read or the registry refuses a version."})
final class RegistryImportCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "A registry directory.")
    Path from;

    @Mixin
    RegistryOptions registry;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (registry.directory()) {
            throw new ParameterException(spec.commandLine(), "--registry: import restores into a service's registry (http://...)");
        }
        if (!Files.isRegularFile(from.resolve("registry.yaml"))) {
            throw new ParameterException(spec.commandLine(), "--from: " + from + " is not a registry directory (it has no registry.yaml)");
        }
        RegistryClient client = registry.client(spec);
        int journeys = 0;
        int versions = 0;
        try {
            LocalRegistry backup = LocalRegistry.open(from, java.time.Clock.systemUTC());
            for (String key : backup.keys()) {
                for (RegistryVersion version : backup.versions(key)) {
                    ObjectNode record = JSON.createObjectNode();
                    record.put("key", key);
                    record.put("version", version.version());
                    record.put("author", version.author());
                    record.put("comment", version.comment());
                    record.put("createdAt", version.createdAt());
                    record.put("contentType", version.file().endsWith(".json") ? "application/json" : "application/yaml");
                    record.put("document", new String(backup.document(key, version.version()), StandardCharsets.UTF_8));
                    RegistryClient.Answer answer = client.postJson("/api/registry/import", JSON.writeValueAsString(record));
                    if (answer.status() != 201) {
                        throw new RegistryRefusal("version " + version.version() + " of " + key + " was not restored: "
                                + RegistryClient.detail(answer) + " (" + versions + " versions restored before it)");
                    }
                    versions++;
                }
                journeys++;
            }
        } catch (org.journeyaudit.engine.registry.RegistryRefusal refused) {
            throw new RegistryRefusal(refused.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("restored " + journeys + (journeys == 1 ? " journey, " : " journeys, ") + versions + (versions == 1 ? " version" : " versions")
                + " from " + from + " into " + registry.name());
        out.flush();
        return ExitCode.OK;
    }
}
