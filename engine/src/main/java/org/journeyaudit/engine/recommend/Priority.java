package org.journeyaudit.engine.recommend;

/** Priority bands of the score; P1 first. */
public enum Priority {
    P1(45), P2(30), P3(15), P4(Integer.MIN_VALUE);

    private final int minimumScore;

    Priority(int minimumScore) {
        this.minimumScore = minimumScore;
    }

    static Priority of(int score) {
        for (Priority priority : values()) {
            if (score >= priority.minimumScore) {
                return priority;
            }
        }
        return P4;
    }

    int minimumScore() {
        return minimumScore;
    }

    String band() {
        return this == P4 ? "below " + P3.minimumScore : minimumScore + " or more";
    }
}
