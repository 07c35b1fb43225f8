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

    /** An action on what the finding is about, its subject. */
    public static Proposal onSubject(String action, Finding finding) {
        return new Proposal(action, List.of(finding.subject().toString()), finding);
    }

    /** An action on the elements playing any of the roles in the finding. */
    public static Proposal onRoles(String action, Finding finding, String... roles) {
        return new Proposal(action, finding.withRoles(roles), finding);
    }
}
