package org.journeyaudit.engine.fact;

/**
 * Contacts a month a stage counts for one reason (e.g. {@code progress-chasing}), its cases a month (null when not
 * given), the contacts per case (null without cases) and whether the stage notifies the customer (a present
 * touchpoint that notifies, or a step of kind {@code notify}): failure demand is measured against it. {@code kind} is the demand the reason is ({@code progress},
 * {@code policy}, {@code value}, {@code other}; as the document writes it or the reason's key names it, null when
 * neither says); a policy's contacts give their cause: a {@code policy} in words or a barrier of the stage (its
 * {@code barrier} number, text and {@code solution}, null when none is decided), and the {@code mandate} that obliges it.
 */
public record ContactReason(String stage, int stageIndex, String reason, double contactsPerMonth, Double casesPerMonth,
        Double perCase, boolean notifies, String kind, String policy, Integer barrier, String barrierText, String solution,
        String mandate) {

    /** A reason the document gives only a count for, recognised by its key alone. */
    public ContactReason(String stage, int stageIndex, String reason, double contactsPerMonth, Double casesPerMonth, Double perCase,
            boolean notifies) {
        this(stage, stageIndex, reason, contactsPerMonth, casesPerMonth, perCase, notifies,
                org.journeyaudit.engine.journey.ContactReasonKind.recognised(reason).map(k -> k.word()).orElse(null), null, null, null, null,
                null);
    }

    /** The barrier of the stage the contacts are caused by, as findings name it; null when no barrier is. */
    public String barrierElement() {
        return barrier == null ? null : Elements.barrier(stage, barrier);
    }
}
