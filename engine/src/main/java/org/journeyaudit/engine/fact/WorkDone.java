package org.journeyaudit.engine.fact;

import java.util.Set;

/**
 * A piece of named work done in the journey, by the staff (a backstage step) or by the customer (an action of the
 * frontstage lane), keyed by its name folded as outcomes are, the journey's {@code equivalents} included, so that
 * "Run a line test" and "Line test" are one work when the document says so. {@code order} is the step's place in the
 * journey (-1 for a customer action: the customer acts at a stage before the staff take the work up); {@code actor} is
 * null for the customer; {@code deliberate} when the step says why it asks again or is mandated; {@code uses} and
 * {@code produces} are the step's items (none for a customer action). Rules that find the same work done again in
 * another stage group these by {@code work}.
 */
public record WorkDone(String work, String name, String stage, int stageIndex, int order, String id, boolean customer, String channel,
        String actor, boolean automated, boolean deliberate, Set<String> uses, Set<String> produces) {

    public WorkDone {
        uses = Set.copyOf(uses);
        produces = Set.copyOf(produces);
    }
}
