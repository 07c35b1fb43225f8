package org.journeyaudit.service.registry;

/** What storing a document did: a new version, or none because the latest version has the same bytes. */
record Stored(JourneyVersion version, boolean created) {
}
