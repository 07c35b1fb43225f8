package org.journeyaudit.engine.fact;

import java.util.List;

/**
 * Cases the event log shows switching to a channel between contacts at a stage: {@code cases} of the
 * {@code stageCases} the log has there; {@code designed} lists the channels the journey serves the stage and the
 * stages that follow it on (present touchpoints), so whether the switch is foreseen is whether it names the channel.
 */
public record ObservedSwitch(String stage, int stageIndex, String channel, long cases, long stageCases, List<String> designed) {

    public ObservedSwitch {
        designed = List.copyOf(designed);
    }

    /** Whether the journey serves the stage or a stage after it on the channel switched to. */
    public boolean foreseen() {
        return designed.contains(channel);
    }

    /** The switching cases as a share of the stage's cases; 0 when the log has none there. */
    public double share() {
        return stageCases == 0 ? 0 : (double) cases / stageCases;
    }
}
