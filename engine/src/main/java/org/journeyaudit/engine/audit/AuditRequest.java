package org.journeyaudit.engine.audit;

import java.time.LocalDate;
import java.util.Map;

import org.journeyaudit.engine.check.CustomChecks;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.profile.Profile;
import org.journeyaudit.engine.recommend.Action;
import org.journeyaudit.engine.recommend.Effort;

/**
 * What a user asks an audit for, whether on the command line or over HTTP, once {@link AuditRequestReader}
 * has checked it: the audit date, the severity that fails the audit, the rule profile, the custom checks,
 * the thresholds and efforts replaced for this audit, the language the report is written in, and what one
 * journey's audit may spend. The journeys themselves are documents, read and located by their own readers.
 */
public record AuditRequest(LocalDate asOf, FailOn failOn, Profile profile, CustomChecks checks,
        Map<String, Map<String, Double>> parameters, Map<Action, Effort> efforts, Language language, AuditBudget budget) {

    public AuditRequest {
        failOn = failOn == null ? FailOn.ERROR : failOn;
        profile = profile == null ? Profile.RECOMMENDED : profile;
        checks = checks == null ? CustomChecks.NONE : checks;
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        efforts = efforts == null ? Map.of() : Map.copyOf(efforts);
        language = language == null ? Language.EN : language;
        budget = budget == null ? AuditBudget.DEFAULT : budget;
    }

    /** The options every journey of this request is audited with. */
    public AuditOptions options() {
        return new AuditOptions(asOf, parameters, efforts, profile, checks, language);
    }

    /** The same request with custom checks that came with the documents rather than with the request. */
    public AuditRequest withChecks(CustomChecks chosen) {
        return new AuditRequest(asOf, failOn, profile, chosen, parameters, efforts, language, budget);
    }
}
