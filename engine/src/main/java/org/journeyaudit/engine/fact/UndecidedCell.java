package org.journeyaudit.engine.fact;

/**
 * A cell of the coverage matrix the journey leaves undecided: a service channel its stage says nothing about
 * ({@code Journey.undecidedChannels(stage)}).
 */
public record UndecidedCell(String stage, String channel) {
}
