package org.journeyaudit.engine.journey;

import java.util.List;

/**
 * One backstage step of a stage: who does what, in which system, with which information. An automated step is
 * work no person does (a validation, an interface between systems). {@code mandated} says what obliges it to be
 * done (null when nothing does) and {@code mandateReason} which rule that is. {@code repeatReason} says why the
 * step asks the customer again for what the journey already has (re-authentication at a new contact, a
 * clinician's own history); {@code handoffReason} says why the work is handed to this step's actor by design (a
 * planned division of labour). Both are null when the document gives none. {@code minutes} are the step's work per case;
 * {@code costPerMinute} what a minute of it costs when its actor is a partner, a courier or another cost centre;
 * {@code casesPerMonth} how many cases a month go through it when not every case of its stage does (both null when not given).
 * {@code duringContact} says the step is done while the customer is in contact (on the call, at the counter, or in the
 * contact's wrap-up): its minutes are part of the handle time of its stage's handled contacts, not backstage work.
 * {@code pauses} names the linked journeys the step puts on hold (a dispute's step that stops debt collection).
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
        String mandateReason,
        String repeatReason,
        String handoffReason,
        Double costPerMinute,
        Double casesPerMonth,
        boolean duringContact,
        String partner,
        java.time.Duration ola,
        Boolean caseReference,
        List<String> pauses) {

    public Step {
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
        partner = partner == null || partner.isBlank() ? null : partner;
        asksCustomer = asksCustomer == null ? List.of() : List.copyOf(asksCustomer);
        uses = uses == null ? List.of() : List.copyOf(uses);
        produces = produces == null ? List.of() : List.copyOf(produces);
        repeatReason = repeatReason == null || repeatReason.isBlank() ? null : repeatReason;
        handoffReason = handoffReason == null || handoffReason.isBlank() ? null : handoffReason;
    }

    /** A step that pauses no other journey. */
    public Step(String id, String name, String actor, String system, StepKind kind, Double minutes, Double waitMinutes,
            List<String> asksCustomer, List<String> uses, List<String> produces, Double recontactRate, boolean automated,
            MandateKind mandated, String mandateReason, String repeatReason, String handoffReason, Double costPerMinute,
            Double casesPerMonth, boolean duringContact, String partner, java.time.Duration ola, Boolean caseReference) {
        this(id, name, actor, system, kind, minutes, waitMinutes, asksCustomer, uses, produces, recontactRate, automated, mandated,
                mandateReason, repeatReason, handoffReason, costPerMinute, casesPerMonth, duringContact, partner, ola, caseReference,
                List.of());
    }

    /** A step done inside the company, tracked as the document leaves it (no partner, no turnaround, reference not said). */
    public Step(String id, String name, String actor, String system, StepKind kind, Double minutes, Double waitMinutes,
            List<String> asksCustomer, List<String> uses, List<String> produces, Double recontactRate, boolean automated,
            MandateKind mandated, String mandateReason, String repeatReason, String handoffReason, Double costPerMinute,
            Double casesPerMonth, boolean duringContact) {
        this(id, name, actor, system, kind, minutes, waitMinutes, asksCustomer, uses, produces, recontactRate, automated, mandated,
                mandateReason, repeatReason, handoffReason, costPerMinute, casesPerMonth, duringContact, null, null, null);
    }

    /** A step done outside the customer's contact, by whoever the document says (a partner with its turnaround, or the company). */
    public Step(String id, String name, String actor, String system, StepKind kind, Double minutes, Double waitMinutes,
            List<String> asksCustomer, List<String> uses, List<String> produces, Double recontactRate, boolean automated,
            MandateKind mandated, String mandateReason, String repeatReason, String handoffReason, Double costPerMinute,
            Double casesPerMonth, String partner, java.time.Duration ola, Boolean caseReference) {
        this(id, name, actor, system, kind, minutes, waitMinutes, asksCustomer, uses, produces, recontactRate, automated, mandated,
                mandateReason, repeatReason, handoffReason, costPerMinute, casesPerMonth, false, partner, ola, caseReference);
    }

    /** Whether a partner outside the company does the step (a wholesale provider, a courier, a ground handler). */
    public boolean byPartner() {
        return partner != null;
    }

    /** Whether the work passes the step with no case reference (a shared mailbox, a chat): {@code caseReference: false}. */
    public boolean untracked() {
        return Boolean.FALSE.equals(caseReference);
    }

    /** The step asks again on purpose: its document says why. */
    public boolean justifiedRepeat() {
        return repeatReason != null;
    }

    /** The work reaches this step's actor by design: its document says why. */
    public boolean plannedHandoff() {
        return handoffReason != null;
    }

    /** The step as reports name it: its name, or its id when it has none. */
    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }

    /** Whether this step and {@code other} are done by the same actor, as {@link Actor#same} reads their names. */
    public boolean sameActorAs(Step other) {
        return Actor.same(actor, other.actor);
    }

    /** A step done outside the customer's contact. */
    public Step(String id, String name, String actor, String system, StepKind kind, Double minutes, Double waitMinutes,
            List<String> asksCustomer, List<String> uses, List<String> produces, Double recontactRate, boolean automated,
            MandateKind mandated, String mandateReason, String repeatReason, String handoffReason, Double costPerMinute,
            Double casesPerMonth) {
        this(id, name, actor, system, kind, minutes, waitMinutes, asksCustomer, uses, produces, recontactRate, automated, mandated,
                mandateReason, repeatReason, handoffReason, costPerMinute, casesPerMonth, false);
    }

    /** A step whose minutes cost what the journey's backstage minutes cost. */
    public Step(String id, String name, String actor, String system, StepKind kind, Double minutes, Double waitMinutes,
            List<String> asksCustomer, List<String> uses, List<String> produces, Double recontactRate, boolean automated,
            MandateKind mandated, String mandateReason, String repeatReason, String handoffReason) {
        this(id, name, actor, system, kind, minutes, waitMinutes, asksCustomer, uses, produces, recontactRate, automated, mandated,
                mandateReason, repeatReason, handoffReason, null, null);
    }

    /** A step no law, policy or contract requires, with no repeat or handoff said to be on purpose. */
    public Step(String id, String name, String actor, String system, StepKind kind, Double minutes, Double waitMinutes,
            List<String> asksCustomer, List<String> uses, List<String> produces, Double recontactRate, boolean automated) {
        this(id, name, actor, system, kind, minutes, waitMinutes, asksCustomer, uses, produces, recontactRate, automated, null, null,
                null, null);
    }

    /** The obligation as a report names it, e.g. "regulation: PSD2 art. 97"; null when the step is not mandated. */
    public String mandate() {
        return mandated == null ? null : mandated.word() + ": " + mandateReason;
    }
}
