package org.journeyaudit.engine.fact;

/**
 * A name of work ({@link WorkDone#work()}) done in more than one stage, or by the customer and by the staff: the group
 * a rule looks for the same work done twice in. Work done in one stage only by the staff is left out, so a thousand
 * steps of one name in one stage give no group here.
 */
public record NamedWork(String work) {
}
