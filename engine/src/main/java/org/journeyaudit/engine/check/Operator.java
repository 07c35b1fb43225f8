package org.journeyaudit.engine.check;

import java.util.Set;

import org.journeyaudit.engine.journey.DocumentEnum;

/** The fixed set of conditions a custom check may require, and the elements each can judge. */
public enum Operator implements DocumentEnum {
    /** A stage is served (status present) on a channel. */
    PRESENT_ON("present-on", Set.of(Target.JOURNEY, Target.STAGE)),
    /** An information item reads the same (case and spacing folded) on every present touchpoint that tells it. */
    SAME_ON_ALL_CHANNELS("same-on-all-channels", Set.of(Target.ITEM)),
    /** A stage hands the work between actors at most N times. */
    MAX_HANDOFFS("max-handoffs", Set.of(Target.STAGE)),
    EQUALS("equals", Set.of(Target.values())),
    NOT_EQUALS("not-equals", Set.of(Target.values())),
    AT_LEAST("at-least", Set.of(Target.values())),
    AT_MOST("at-most", Set.of(Target.values()));

    private final String word;
    private final Set<Target> targets;

    Operator(String word, Set<Target> targets) {
        this.word = word;
        this.targets = targets;
    }

    @Override
    public String word() {
        return word;
    }

    public boolean judges(Target target) {
        return targets.contains(target);
    }

    /** Compares a field of the element with a value. */
    public boolean comparison() {
        return this == EQUALS || this == NOT_EQUALS || this == AT_LEAST || this == AT_MOST;
    }
}
