package org.journeyaudit.engine.journey;

/** A declared successor of a stage: the stage a share of its cases goes to next (null share: one successor, all cases). */
public record StageLink(String stage, Double share) {
}
