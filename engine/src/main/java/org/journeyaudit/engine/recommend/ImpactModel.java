package org.journeyaudit.engine.recommend;

/** How the saving of an action is estimated from the journey's figures. */
enum ImpactModel {
    /** The targeted steps' handling time disappears from every contact of their stage. */
    STEPS_REMOVED,
    /** The targeted steps that only forward the work disappear; the work itself stays. */
    FORWARDS_REMOVED,
    /** The secondary contacts the targeted steps cause are no longer made. */
    RECONTACTS_AVOIDED,
    /** Transfers inside contacts of the targeted touchpoints no longer happen. */
    TRANSFERS_AVOIDED,
    /** A share of the stage's assisted contacts moves to self-service. */
    SELF_SERVICE_SHIFT,
    /** The gain is in consistency, compliance or customer effort, not in handling time the journey prices. */
    NOT_ESTIMATED
}
