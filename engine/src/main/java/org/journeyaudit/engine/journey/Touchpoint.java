package org.journeyaudit.engine.journey;

import java.time.LocalDate;
import java.util.Map;

/**
 * One cell of the coverage matrix: how a stage is served on a channel, and what the customer is told
 * and gets there.
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
        Sla sla) {

    public Touchpoint {
        info = info == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(info));
    }

    public boolean present() {
        return status == TouchpointStatus.PRESENT;
    }
}
