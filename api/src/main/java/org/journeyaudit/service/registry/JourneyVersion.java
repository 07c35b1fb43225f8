package org.journeyaudit.service.registry;

import java.time.Instant;

/**
 * One stored version of a journey, as the registry answers it: who stored it, when and why, the SHA-256 of its bytes,
 * and what the document says of itself (its name, owner, product and segment, null where it says nothing).
 */
public record JourneyVersion(String key, int version, String author, String comment, Instant createdAt, String sha256, String name,
        String owner, String product, String segment) {

    /** The entity tag of this version: {@code "<key>-v<n>"}, quoted as HTTP writes it. */
    public String etag() {
        return "\"" + key + "-v" + version + "\"";
    }
}
