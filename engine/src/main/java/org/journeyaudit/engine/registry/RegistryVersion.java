package org.journeyaudit.engine.registry;

/** One stored version of a journey, as the registry records it (versions.yaml, and the service's version record). */
public record RegistryVersion(String key, int version, String author, String comment, String createdAt, String sha256,
        String file) {
}
