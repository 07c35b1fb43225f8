package org.journeyaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "pull", mixinStandardHelpOptions = true,
        description = {"Writes a version of a journey from the registry to a file, and remembers it beside the file "
                + "(.journey-audit/registry.properties), so that pushing the file later is checked against that version.",
                "Exit code 0 when written, 2 for a usage error, 3 when the registry has no such journey or version or cannot be reached."})
final class PullCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "KEY", description = "The journey's key in the registry.")
    String key;

    @Option(names = "--version", paramLabel = "N", description = "The version to write (default: the latest).")
    Integer version;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file to write (default: KEY.yaml, or KEY.json for a "
            + "document stored as JSON, in the current folder).")
    Path output;

    @Option(names = "--force", description = "Write over FILE if it exists (its local changes are lost).")
    boolean force;

    @Mixin
    RegistryOptions registry;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RegistryOptions.key(key, spec);
        if (version != null && version < 1) {
            throw new ParameterException(spec.commandLine(), "--version: versions count from 1, found " + version);
        }
        Pulled found = registry.directory() ? fromDirectory() : fromService();
        Path file = output != null ? output : Path.of(key + (found.json() ? ".json" : ".yaml"));
        if (Files.exists(file) && !force) {
            throw new ParameterException(spec.commandLine(), file + " exists: pull to another file with -o, or write over it with --force "
                    + "(its local changes are lost)");
        }
        write(file, found.document());
        String etag = found.etag();
        int pulled = found.version();
        RegistrySidecar.write(file, new RegistrySidecar.Entry(registry.name(), key, pulled, etag));
        PrintWriter out = spec.commandLine().getOut();
        out.println(file + ": " + key + " version " + pulled + " from " + registry.name());
        out.flush();
        return ExitCode.OK;
    }

    /** A version as the registry gave it. */
    private record Pulled(int version, String etag, String document, boolean json) {
    }

    private Pulled fromService() {
        RegistryClient.Answer answer = registry.client(spec).get(RegistryClient.journey(key) + "/versions/"
                + (version == null ? "latest" : version));
        if (answer.status() != 200) {
            throw new RegistryRefusal(key + " was not pulled: " + RegistryClient.detail(answer));
        }
        String etag = answer.etag().orElseThrow();
        return new Pulled(Integer.parseInt(etag.substring(etag.lastIndexOf("-v") + 2, etag.length() - 1)), etag, answer.body(),
                answer.contentType().orElse("").startsWith("application/json"));
    }

    private Pulled fromDirectory() {
        org.journeyaudit.engine.registry.LocalRegistry local = registry.local();
        try {
            java.util.List<org.journeyaudit.engine.registry.RegistryVersion> versions = local.versions(key);
            if (versions.isEmpty()) {
                throw new RegistryRefusal(key + " was not pulled: the registry holds no journey '" + key + "'");
            }
            int wanted = version == null ? versions.size() : version;
            byte[] document = local.document(key, wanted);
            return new Pulled(wanted, "\"" + key + "-v" + wanted + "\"", new String(document, StandardCharsets.UTF_8),
                    versions.get(Math.min(wanted, versions.size()) - 1).file().endsWith(".json"));
        } catch (org.journeyaudit.engine.registry.RegistryRefusal refused) {
            throw new RegistryRefusal(key + " was not pulled: " + refused.getMessage());
        }
    }

    private static void write(Path file, String document) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
            Files.writeString(temporary, document, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException unwritable) {
            throw new RegistryRefusal("cannot write " + file + ": " + unwritable.getMessage());
        }
    }
}
