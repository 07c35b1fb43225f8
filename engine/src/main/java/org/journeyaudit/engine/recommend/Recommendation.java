package org.journeyaudit.engine.recommend;

import java.util.List;

/**
 * One thing to do, the findings it answers and what it saves, with its place in the ranking and why it
 * has that priority.
 */
public record Recommendation(
        int rank,
        Priority priority,
        Action action,
        String title,
        List<String> targets,
        List<String> findings,
        Impact impact,
        Effort effort,
        int score,
        String why) {

    public Recommendation {
        targets = List.copyOf(targets);
        findings = List.copyOf(findings);
    }
}
