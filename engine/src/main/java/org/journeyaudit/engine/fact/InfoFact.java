package org.journeyaudit.engine.fact;

/**
 * One information item told to the customer on one channel at one stage. {@code comparable} is the
 * value with case and spacing folded, so that "5 working days" and "5  Working days" agree.
 */
public record InfoFact(String stage, int stageIndex, String channel, String item, String value, String comparable) {
}
