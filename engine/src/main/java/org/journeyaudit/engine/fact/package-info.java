/**
 * The facts a journey becomes inside a rule session: flat records, one per stage, touchpoint, step,
 * information flow and decision input, each carrying the keys (stage, item, channel) that rules join on.
 * Records named as derived ({@link org.journeyaudit.engine.fact.Handoff},
 * {@link org.journeyaudit.engine.fact.NeededStep}) are inferred by rules, never inserted by the engine.
 */
package org.journeyaudit.engine.fact;
