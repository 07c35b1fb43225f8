package org.journeyaudit.engine.journey;

import java.time.LocalDate;
import java.util.Map;

/**
 * One cell of the coverage matrix: how a stage is served on a channel, and what the customer is told
 * and gets there. {@code volumePerMonth} counts contacts of {@code contactType} (null: the kind its channel's mode
 * implies, see {@link Journey#contactType(Touchpoint)}); {@code handleSeconds} is the handling time of one inbound contact.
 */
public record Touchpoint(
        String channel,
        TouchpointStatus status,
        String reason,
        Double volumePerMonth,
        Double handleSeconds,
        Double transfers,
        Boolean notifies,
        Map<String, String> info,
        LocalDate infoVerified,
        String outcome,
        String outcomeReason,
        Sla sla,
        Map<String, String> infoReasons,
        ContactType contactType,
        ServiceHours hours,
        Callback callback,
        Queue queue) {

    public Touchpoint {
        info = info == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(info));
        infoReasons = infoReasons == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(infoReasons));
    }

    /** A touchpoint that gives no service hours, call-back or queue figures. */
    public Touchpoint(String channel, TouchpointStatus status, String reason, Double volumePerMonth, Double handleSeconds,
            Double transfers, Boolean notifies, Map<String, String> info, LocalDate infoVerified, String outcome,
            String outcomeReason, Sla sla, Map<String, String> infoReasons, ContactType contactType) {
        this(channel, status, reason, volumePerMonth, handleSeconds, transfers, notifies, info, infoVerified, outcome,
                outcomeReason, sla, infoReasons, contactType, null, null, null);
    }

    /** A touchpoint whose contacts are of the kind its channel's mode implies. */
    public Touchpoint(String channel, TouchpointStatus status, String reason, Double volumePerMonth, Double handleSeconds,
            Double transfers, Boolean notifies, Map<String, String> info, LocalDate infoVerified, String outcome,
            String outcomeReason, Sla sla, Map<String, String> infoReasons) {
        this(channel, status, reason, volumePerMonth, handleSeconds, transfers, notifies, info, infoVerified, outcome,
                outcomeReason, sla, infoReasons, null);
    }

    public Touchpoint(String channel, TouchpointStatus status, String reason, Double volumePerMonth, Double handleSeconds,
            Double transfers, Boolean notifies, Map<String, String> info, LocalDate infoVerified, String outcome,
            String outcomeReason, Sla sla) {
        this(channel, status, reason, volumePerMonth, handleSeconds, transfers, notifies, info, infoVerified, outcome,
                outcomeReason, sla, Map.of());
    }

    /** Why this touchpoint tells {@code item} as it does, or null when it gives no reason. */
    public String infoReason(String item) {
        String reason = infoReasons.get(item);
        return reason == null || reason.isBlank() ? null : reason;
    }

    /**
     * What the customer is told on this cell, item to value: its info when the cell is present, nothing when it is
     * absent or not applicable (a cell that does not serve the stage tells nothing, whatever it lists).
     */
    public Map<String, String> told() {
        return present() ? info : Map.of();
    }

    public boolean present() {
        return status == TouchpointStatus.PRESENT;
    }
}
