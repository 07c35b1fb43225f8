package org.journeyaudit.engine.fact;

/**
 * One information item told to the customer on one channel at one stage. {@code comparable} is the
 * value with case, spacing and punctuation folded and the journey's equivalent phrases made one, so that
 * "5 working days" and "5  Working days." agree. {@code justified} says the touchpoint gives a reason for
 * telling this value (infoReasons), as a branch that issues the card on the spot does.
 */
public record InfoFact(String stage, int stageIndex, String channel, String item, String value, String comparable,
        boolean justified) {
}
