package org.journeyaudit.engine.compare;

import java.util.List;

/**
 * How the coverage matrix moved: cells ({@code stage@channel}) of stages in both versions that became
 * present or stopped being present, and the stages and channels added or removed.
 */
public record CoverageChange(List<String> gained, List<String> lost, List<String> stagesAdded, List<String> stagesRemoved,
        List<String> channelsAdded, List<String> channelsRemoved) {

    public CoverageChange {
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
        stagesAdded = List.copyOf(stagesAdded);
        stagesRemoved = List.copyOf(stagesRemoved);
        channelsAdded = List.copyOf(channelsAdded);
        channelsRemoved = List.copyOf(channelsRemoved);
    }
}
