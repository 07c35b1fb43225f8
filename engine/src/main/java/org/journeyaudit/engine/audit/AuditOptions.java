package org.journeyaudit.engine.audit;

import java.time.LocalDate;
import java.util.Map;

import org.journeyaudit.engine.check.CustomChecks;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.profile.Profile;
import org.journeyaudit.engine.recommend.Action;
import org.journeyaudit.engine.recommend.Effort;

/**
 * How to audit: the day the audit is taken as of, thresholds that replace rule defaults (rule id to
 * parameter name to value; they beat the profile's), efforts that replace an action's default, and the
 * rule profile (which rules run, at which severity and thresholds), the custom checks judged beside the rules, and the
 * language the audit's messages, recommendations and formulas are written in.
 */
public record AuditOptions(LocalDate asOf, Map<String, Map<String, Double>> parameters, Map<Action, Effort> effort, Profile profile,
        CustomChecks checks, Language language) {

    public AuditOptions {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        effort = effort == null ? Map.of() : Map.copyOf(effort);
        profile = profile == null ? Profile.RECOMMENDED : profile;
        checks = checks == null ? CustomChecks.NONE : checks;
        language = language == null ? Language.EN : language;
    }

    public AuditOptions(LocalDate asOf, Map<String, Map<String, Double>> parameters, Map<Action, Effort> effort, Profile profile,
            CustomChecks checks) {
        this(asOf, parameters, effort, profile, checks, Language.EN);
    }

    public AuditOptions(LocalDate asOf, Map<String, Map<String, Double>> parameters, Map<Action, Effort> effort, Profile profile) {
        this(asOf, parameters, effort, profile, CustomChecks.NONE);
    }

    public AuditOptions(LocalDate asOf, Map<String, Map<String, Double>> parameters, Map<Action, Effort> effort) {
        this(asOf, parameters, effort, Profile.RECOMMENDED);
    }

    public static AuditOptions asOf(LocalDate date) {
        return new AuditOptions(date, Map.of(), Map.of());
    }

    public AuditOptions withProfile(Profile chosen) {
        return new AuditOptions(asOf, parameters, effort, chosen, checks, language);
    }

    public AuditOptions withChecks(CustomChecks chosen) {
        return new AuditOptions(asOf, parameters, effort, profile, chosen, language);
    }

    public AuditOptions withLanguage(Language chosen) {
        return new AuditOptions(asOf, parameters, effort, profile, checks, chosen);
    }
}
