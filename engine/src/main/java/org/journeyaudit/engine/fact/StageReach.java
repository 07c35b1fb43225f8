package org.journeyaudit.engine.fact;

/**
 * Who reaches a stage: whether it is optional, the share of the journey's cases that reach it along the paths
 * ({@code Journey.reach()}; null when a path into it has no known share), whether the stage needs service around the
 * clock (blocking a lost card) and its cases a month (null when not given).
 */
public record StageReach(String stage, int index, boolean optional, Double reach, boolean needs24x7, Double casesPerMonth) {
}
