/**
 * The facts a journey becomes inside a rule session: flat records, one per stage, touchpoint, step,
 * information flow and decision input, each carrying the keys (stage, item, channel) that rules join on.
 * {@link org.journeyaudit.engine.fact.Handoff} and {@link org.journeyaudit.engine.fact.WorkReturn} are the
 * journey model's own handoffs and returns ({@code Stage.handoffs()}, {@code Stage.returns()}), inserted so that
 * the rules count what the rest of the engine counts; records named as derived
 * ({@link org.journeyaudit.engine.fact.NeededStep}) are inferred by rules, never inserted by the engine.
 */
package org.journeyaudit.engine.fact;
