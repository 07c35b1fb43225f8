package org.journeyaudit.engine.recommend;

import java.util.List;

import org.journeyaudit.engine.finding.Finding;

/**
 * What a recommendation rule proposes for one finding: an action on some targets. The engine merges
 * proposals of one action whose targets overlap into one recommendation.
 */
public record Proposal(String action, List<String> targets, Finding finding) {

    public Proposal {
        targets = List.copyOf(targets);
    }

    public static Proposal of(String action, Finding finding, String... targets) {
        return new Proposal(action, List.of(targets), finding);
    }

    public static Proposal of(String action, Finding finding, List<String> targets) {
        return new Proposal(action, targets, finding);
    }
}
