package org.journeyaudit.engine.fact;

import java.time.Duration;
import java.time.LocalDate;

import org.journeyaudit.engine.journey.TouchpointStatus;

/**
 * A cell of the coverage matrix. {@code justified} says a reason was written for an absent or N/A cell;
 * {@code infoItems} counts what the customer is told there. {@code serves} is false on an awareness or
 * partner channel, whose cells coverage and consistency rules leave alone.
 */
public record TouchpointFact(
        String stage,
        int stageIndex,
        String channel,
        boolean selfService,
        TouchpointStatus status,
        boolean present,
        boolean justified,
        String reason,
        double volumePerMonth,
        double handleSeconds,
        double transfers,
        boolean notifies,
        int infoItems,
        LocalDate infoVerified,
        String outcome,
        String outcomeKey,
        boolean outcomeJustified,
        Duration slaStandard,
        Duration slaTarget,
        boolean serves) {

    /** How rules and reports name a touchpoint: its stage and its channel. */
    public String element() {
        return Elements.touchpoint(stage, channel);
    }
}
