package org.journeyaudit.engine.journey;

import java.util.List;

/**
 * One backstage step of a stage: who does what, in which system, with which information; {@code mandated} says what
 * obliges it to be done (null when nothing does) and {@code mandateReason} which rule that is.
 */
public record Step(
        String id,
        String name,
        String actor,
        String system,
        StepKind kind,
        Double minutes,
        Double waitMinutes,
        List<String> asksCustomer,
        List<String> uses,
        List<String> produces,
        Double recontactRate,
        boolean automated,
        MandateKind mandated,
        String mandateReason) {

    public Step {
        asksCustomer = asksCustomer == null ? List.of() : List.copyOf(asksCustomer);
        uses = uses == null ? List.of() : List.copyOf(uses);
        produces = produces == null ? List.of() : List.copyOf(produces);
    }

    /** A step no law, policy or contract requires. */
    public Step(String id, String name, String actor, String system, StepKind kind, Double minutes, Double waitMinutes,
            List<String> asksCustomer, List<String> uses, List<String> produces, Double recontactRate, boolean automated) {
        this(id, name, actor, system, kind, minutes, waitMinutes, asksCustomer, uses, produces, recontactRate, automated, null, null);
    }

    /** The obligation as a report names it, e.g. "regulation: PSD2 art. 97"; null when the step is not mandated. */
    public String mandate() {
        return mandated == null ? null : mandated.word() + ": " + mandateReason;
    }
}
