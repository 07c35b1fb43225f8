package org.journeyaudit.service.registry;

import java.nio.charset.StandardCharsets;

import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.service.document.JourneyDocuments;
import org.journeyaudit.service.problem.ProblemType;
import org.journeyaudit.service.problem.RefusedException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Stored versions found by their key and number and read back into journeys, refused with the registry's problems. */
@Component
class StoredJourneys {

    /** A stored version and the journey its document reads as. */
    record Read(JourneyVersion version, Journey journey) {
    }

    private final RegistryStore store;
    private final JourneyDocuments documents;

    StoredJourneys(RegistryStore store, JourneyDocuments documents) {
        this.store = store;
        this.documents = documents;
    }

    /** The version's document; {@code version} a number or {@code latest}. */
    StoredDocument document(String key, String version) {
        RegistryKeys.check(key);
        return store.version(key, RegistryKeys.version(version)).orElseThrow(() -> new RefusedException(ProblemType.NO_SUCH_JOURNEY,
                "latest".equals(version) ? noJourney(key) : "the registry holds no version " + version + " of '" + key + "'"));
    }

    Read read(String key, String version) {
        StoredDocument stored = document(key, version);
        return new Read(stored.version(), documents.journey(stored.document().getBytes(StandardCharsets.UTF_8),
                MediaType.parseMediaType(stored.contentType())));
    }

    JourneyVersion latest(String key) {
        return document(key, "latest").version();
    }

    static String noJourney(String key) {
        return "the registry holds no journey '" + key + "'";
    }
}
