package org.journeyaudit.engine.journey;

import java.util.List;

/** One backstage step of a stage: who does what, in which system, with which information. */
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
        boolean automated) {

    public Step {
        asksCustomer = asksCustomer == null ? List.of() : List.copyOf(asksCustomer);
        uses = uses == null ? List.of() : List.copyOf(uses);
        produces = produces == null ? List.of() : List.copyOf(produces);
    }
}
