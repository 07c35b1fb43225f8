package org.journeyaudit.engine.audit;

import java.time.LocalDate;
import java.util.Map;

import org.journeyaudit.engine.recommend.Action;
import org.journeyaudit.engine.recommend.Effort;

/**
 * How to audit: the day the audit is taken as of, thresholds that replace rule defaults (rule id to
 * parameter name to value), and efforts that replace an action's default.
 */
public record AuditOptions(LocalDate asOf, Map<String, Map<String, Double>> parameters, Map<Action, Effort> effort) {

    public AuditOptions {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        effort = effort == null ? Map.of() : Map.copyOf(effort);
    }

    public static AuditOptions asOf(LocalDate date) {
        return new AuditOptions(date, Map.of(), Map.of());
    }
}
