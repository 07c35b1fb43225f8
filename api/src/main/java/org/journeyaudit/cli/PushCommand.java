package org.journeyaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.audit.PortfolioWorkers;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Stores a journey document in the registry as its next version, made from the version last pulled or pushed "
                + "from this folder (.journey-audit/registry.properties), so a change made from an old version is refused rather than "
                + "written over a newer one.",
                "Exit code 0 when stored (or unchanged), 2 for a usage error, 3 when the document is invalid or the registry refuses it."})
final class PushCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A journey document (YAML or JSON).")
    Path file;

    @Option(names = "--key", paramLabel = "KEY", description = "The journey's key in the registry (default: the file's name without "
            + "its extension).")
    String key;

    @Option(names = "--author", paramLabel = "NAME", description = "Who stores the version (default: this machine's user name).")
    String author;

    @Option(names = "--comment", paramLabel = "TEXT", description = "Why: what changed in this version.")
    String comment;

    @Mixin
    RegistryOptions registry;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".yaml") && !lower.endsWith(".yml") && !lower.endsWith(".json")) {
            throw new ParameterException(spec.commandLine(), file + " is not a journey document (.yaml, .yml or .json)");
        }
        RegistrySidecar.Entry base = RegistrySidecar.read(file, registry.name());
        String journeyKey = key != null ? key : base != null ? base.key() : name.substring(0, name.lastIndexOf('.')).toLowerCase(Locale.ROOT);
        if (!org.journeyaudit.engine.registry.JourneyKey.valid(journeyKey)) {
            throw new ParameterException(spec.commandLine(), "'" + journeyKey + "' is not a journey key ("
                    + org.journeyaudit.engine.registry.JourneyKey.FORM_WORDS + "): name one with --key");
        }
        JourneyFiles.Read read = JourneyFiles.readAll(List.of(file), new JourneyReader(), new PortfolioWorkers()).get(0);
        if (!read.valid()) {
            throw new InvalidInput(Refusal.NOT_PUSHED, new InvalidDocumentException(read.source(), InvalidDocumentException.Kind.INVALID,
                    read.problems()));
        }
        byte[] document;
        try {
            document = Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new RegistryRefusal(file + " cannot be read: " + unreadable.getMessage());
        }
        if (base != null && !base.key().equals(journeyKey)) {
            throw new ParameterException(spec.commandLine(), file + " was last stored as '" + base.key() + "', not '" + journeyKey
                    + "': push it under its key, or copy it to a new file to store it as another journey");
        }
        String who = author != null ? author : System.getProperty("user.name", "unknown");
        if (registry.directory()) {
            return toDirectory(journeyKey, document, lower.endsWith(".json") ? "json" : "yaml", who, base, out, name);
        }
        RegistryClient client = registry.client(spec);
        RegistryClient.Answer answer = client.put(journeyKey, document, lower.endsWith(".json") ? "application/json" : "application/yaml",
                who, comment, base == null ? null : base.etag());
        switch (answer.status()) {
            case 200, 201 -> {
                int version = answer.json().path("version").asInt();
                RegistrySidecar.write(file, new RegistrySidecar.Entry(registry.name(), journeyKey, version, answer.etag().orElseThrow()));
                out.println(answer.status() == 201 ? name + ": stored as " + journeyKey + " version " + version + " in " + registry.name()
                        : name + ": unchanged, " + journeyKey + " version " + version + " in " + registry.name());
                out.flush();
                return ExitCode.OK;
            }
            case 412 -> throw new RegistryRefusal(name + " was not stored: " + RegistryClient.detail(answer) + System.lineSeparator()
                    + "  pull the latest version (journey-audit pull " + journeyKey + " --registry " + registry.name() + " -o "
                    + journeyKey + "-latest.yaml), bring your change onto it and push that file; " + name + " is unchanged");
            case 401 -> throw new RegistryRefusal(name + " was not stored: " + RegistryClient.detail(answer) + " (give the token in "
                    + RegistryOptions.TOKEN_VARIABLE + " or --token-file)");
            default -> throw new RegistryRefusal(name + " was not stored: " + RegistryClient.detail(answer));
        }
    }

    /** The same push into a registry directory: checked against the version the file was made from, as If-Match is. */
    private int toDirectory(String journeyKey, byte[] document, String extension, String who, RegistrySidecar.Entry base, PrintWriter out,
            String name) {
        org.journeyaudit.engine.registry.LocalRegistry local = registry.local();
        try {
            int before = local.versions(journeyKey).size();
            org.journeyaudit.engine.registry.RegistryVersion stored = local.push(journeyKey, document, extension, who, comment,
                    base == null ? 0 : base.version());
            RegistrySidecar.write(file, new RegistrySidecar.Entry(registry.name(), journeyKey, stored.version(),
                    "\"" + journeyKey + "-v" + stored.version() + "\""));
            out.println(stored.version() > before ? name + ": stored as " + journeyKey + " version " + stored.version() + " in "
                    + registry.name() : name + ": unchanged, " + journeyKey + " version " + stored.version() + " in " + registry.name());
            out.flush();
            return ExitCode.OK;
        } catch (org.journeyaudit.engine.registry.RegistryRefusal refused) {
            throw new RegistryRefusal(name + " was not stored: " + refused.getMessage() + "; " + name + " is unchanged");
        }
    }
}
