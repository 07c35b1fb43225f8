package org.journeyaudit.service.registry;

/** A version's document exactly as it was sent, with the media type it was sent as. */
record StoredDocument(JourneyVersion version, String contentType, String document) {
}
