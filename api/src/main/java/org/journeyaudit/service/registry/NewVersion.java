package org.journeyaudit.service.registry;

import org.journeyaudit.engine.journey.Journey;

/** A document sent to be stored: its text, media type and SHA-256, the journey read from it, who sends it and why. */
record NewVersion(String document, String contentType, String sha256, Journey journey, String author, String comment) {
}
