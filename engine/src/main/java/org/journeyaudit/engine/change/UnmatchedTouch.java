package org.journeyaudit.engine.change;

/** A reference of the change request that matches nothing in the journeys analysed, and what may have been meant. */
public record UnmatchedTouch(Touch touch, String explanation) {
}
