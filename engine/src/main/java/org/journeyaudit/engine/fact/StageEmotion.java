package org.journeyaudit.engine.fact;

/** How the customer feels at a stage, as the map scores it (-3 to +3); only stages that give an emotion have one. */
public record StageEmotion(String stage, int index, int emotion) {
}
