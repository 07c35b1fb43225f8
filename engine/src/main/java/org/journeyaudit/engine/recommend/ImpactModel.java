package org.journeyaudit.engine.recommend;

/** How the saving of an action is estimated from the journey's figures. */
enum ImpactModel {
    /** The targeted steps' minutes disappear from every case of their stage. */
    STEPS_REMOVED,
    /** The work is routed around the targeted steps (forwards, returns, relays): their minutes disappear. */
    STEPS_ROUTED_AROUND,
    /** The targeted steps no longer ask what the customer already said: the repeated questions' time disappears. */
    QUESTIONS_REMOVED,
    /** A share of the secondary contacts the targeted steps cause is no longer made. */
    RECONTACTS_AVOIDED,
    /** Transfers inside contacts of the targeted touchpoints no longer happen. */
    TRANSFERS_AVOIDED,
    /** A share of the stage's inbound contacts moves to self-service. */
    SELF_SERVICE_SHIFT,
    /**
     * The contacts the findings' failure demand counts (a stage's contacts for one reason) are no longer made: the
     * cause is removed. Without such a finding the gain is not estimated.
     */
    FAILURE_DEMAND_AVOIDED,
    /** The gain is in consistency, compliance or customer effort, not in handling time the journey prices. */
    NOT_ESTIMATED
}
