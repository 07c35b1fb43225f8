package org.journeyaudit.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Which registry a command talks to, and the token it writes with: from {@code JOURNEY_AUDIT_TOKEN} or a file, never
 * from the command line, where other users of the machine could read it.
 */
final class RegistryOptions {

    static final String TOKEN_VARIABLE = "JOURNEY_AUDIT_TOKEN";

    @Option(names = "--registry", required = true, paramLabel = "URL",
            description = "The journey registry: the service's address (e.g. http://localhost:8080), or a registry directory "
                    + "(a local registry, or a whole registry exported).")
    String registry;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file holding the registry's token (default: the environment variable " + TOKEN_VARIABLE + ").")
    Path tokenFile;

    /** The key named on the command line, refused as a usage error unless it has a journey key's form. */
    static String key(String key, CommandSpec spec) {
        if (!org.journeyaudit.engine.registry.JourneyKey.valid(key)) {
            throw new ParameterException(spec.commandLine(), "'" + key + "' is not a journey key ("
                    + org.journeyaudit.engine.registry.JourneyKey.FORM_WORDS + ")");
        }
        return key;
    }

    /** Whether the registry is a directory rather than a service. */
    boolean directory() {
        return !registry.startsWith("http://") && !registry.startsWith("https://");
    }

    /** The registry directory, made if it does not exist yet. */
    org.journeyaudit.engine.registry.LocalRegistry local() {
        try {
            return org.journeyaudit.engine.registry.LocalRegistry.open(Path.of(registry), java.time.Clock.systemUTC());
        } catch (org.journeyaudit.engine.registry.RegistryRefusal refused) {
            throw new RegistryRefusal(refused.getMessage());
        }
    }

    RegistryClient client(CommandSpec spec) {
        URI base;
        try {
            base = URI.create(registry.endsWith("/") ? registry : registry + "/");
        } catch (IllegalArgumentException notAnAddress) {
            throw new ParameterException(spec.commandLine(), "--registry: '" + registry + "' is not an address such as http://localhost:8080");
        }
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme()) || base.getHost() == null) {
            throw new ParameterException(spec.commandLine(), "--registry: '" + registry + "' is not an address such as http://localhost:8080");
        }
        return new RegistryClient(base, token(spec));
    }

    /** The registry as the sidecar names it: its address without a trailing slash, or the directory's absolute path. */
    String name() {
        if (directory()) {
            return Path.of(registry).toAbsolutePath().normalize().toString();
        }
        return registry.endsWith("/") ? registry.substring(0, registry.length() - 1) : registry;
    }

    private String token(CommandSpec spec) {
        if (tokenFile != null) {
            try {
                String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
                if (token.isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "--token-file: " + tokenFile + " is empty");
                }
                return token;
            } catch (IOException unreadable) {
                throw new ParameterException(spec.commandLine(), "--token-file: " + tokenFile + " cannot be read");
            }
        }
        String token = System.getenv(TOKEN_VARIABLE);
        return token == null || token.isBlank() ? null : token.strip();
    }
}
