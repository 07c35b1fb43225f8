package org.journeyaudit.service.registry;

/** What a listing of journeys asks for: an owner, a product, a segment (each compared ignoring case), text in the key or name. */
record JourneyFilter(String owner, String product, String segment, String text) {
}
