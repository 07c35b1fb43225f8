package org.journeyaudit.engine.journey;

/**
 * What the document says of a contact reason beyond its count: its {@code kind} (null when not written), and for
 * contacts a policy or barrier causes, the cause: a {@code policy} in words, or the text of a {@code barrier} of the
 * same stage; {@code mandated} and {@code mandateReason} say what obliges that policy (a regulation, a contract), so
 * that no recommendation proposes removing it.
 */
public record ContactCause(ContactReasonKind kind, String policy, String barrier, MandateKind mandated, String mandateReason) {

    /** The obligation as a report names it, e.g. "regulation: 115-FZ"; null when the cause is not mandated. */
    public String mandate() {
        return mandated == null ? null : mandated.word() + ": " + mandateReason;
    }
}
