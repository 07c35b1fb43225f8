package org.journeyaudit.engine.fact;

/**
 * Derived: some use of an item at {@code rank} or later (see {@link ItemFlow#rank()}) is by a needed step, so
 * whatever asks for or produces the item before that use is needed too. Inferred along the item's uses one rank
 * at a time, so no producer is ever compared with every use.
 */
public record NeededUse(String item, int rank) {
}
