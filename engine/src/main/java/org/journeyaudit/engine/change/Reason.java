package org.journeyaudit.engine.change;

/**
 * Why a part of a journey is affected: the reference of the change request that matched it, and how
 * ("runs in system Jira", "tells the customer claim.status").
 */
public record Reason(Touch touch, String match) {

    /** {@code runs in system Jira (touches.systems[0])} */
    public String describe() {
        return match + " (" + touch.reference() + ")";
    }
}
