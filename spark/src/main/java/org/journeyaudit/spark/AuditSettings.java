package org.journeyaudit.spark;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.journeyaudit.engine.audit.AuditBudget;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.AuditRequest;
import org.journeyaudit.engine.check.CheckReader;
import org.journeyaudit.engine.check.CustomChecks;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.profile.Profile;

/**
 * What every journey of the job is audited with, in a form that travels to the executors: the request is checked
 * once on the driver (a profile file is read there, with its problems located in it), and the profile travels
 * resolved, so an executor never needs the profile file nor the files it extends.
 */
public record AuditSettings(LocalDate asOf, String profileName, HashMap<String, Boolean> enabled, HashMap<String, Severity> severities,
        HashMap<String, HashMap<String, Double>> parameters, String language, long maxAuditMillis, long maxRuleFirings,
        LinkedHashMap<String, byte[]> checkFiles) implements Serializable {

    public static AuditSettings of(AuditRequest request) {
        return of(request, new LinkedHashMap<>());
    }

    /**
     * With the custom checks files the request's checks were read from, by name, in the order given: checks are data, so
     * they travel as the files' bytes and each executor reads them as the driver did (the driver has refused any file
     * with a problem), never as code.
     */
    public static AuditSettings of(AuditRequest request, LinkedHashMap<String, byte[]> checkFiles) {
        Profile profile = request.profile();
        HashMap<String, HashMap<String, Double>> parameters = new HashMap<>();
        profile.parameters().forEach((rule, values) -> parameters.put(rule, new HashMap<>(values)));
        return new AuditSettings(request.asOf(), profile.name(), new HashMap<>(profile.enabled()), new HashMap<>(profile.severities()),
                parameters, request.language().tag(), request.budget().maxDuration().toMillis(), request.budget().maxRuleFirings(),
                checkFiles);
    }

    /** The custom checks of the files, read as the command line reads several: ids unique across the files. */
    public CustomChecks checks() {
        CheckReader reader = new CheckReader();
        CustomChecks checks = CustomChecks.NONE;
        for (Map.Entry<String, byte[]> file : checkFiles.entrySet()) {
            checks = checks.and(reader.read(file.getKey(), file.getValue(), DocumentFormat.ofFileName(file.getKey()),
                    checks.checks().stream().map(c -> c.id()).toList()));
        }
        return checks;
    }

    public Profile profile() {
        return new Profile(profileName, enabled, severities, Map.copyOf(parameters));
    }

    public AuditBudget budget() {
        return new AuditBudget(Duration.ofMillis(maxAuditMillis), maxRuleFirings);
    }

    public AuditOptions options() {
        return AuditOptions.asOf(asOf).withProfile(profile()).withChecks(checks()).withLanguage(Language.of(language).orElse(Language.EN));
    }
}
