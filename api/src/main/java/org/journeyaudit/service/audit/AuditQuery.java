package org.journeyaudit.service.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.FailOn;
import org.journeyaudit.engine.profile.Profile;
import org.journeyaudit.service.problem.BadParameterException;
import org.journeyaudit.service.profile.ServiceProfiles;

/**
 * The query parameters of an audit (and of a comparison), as the command line's options: {@code asOf},
 * {@code failOn} and {@code profile}.
 */
public record AuditQuery(LocalDate asOf, FailOn failOn, Profile profile) {

    public static AuditQuery parse(String asOf, String failOn, Clock clock) {
        return new AuditQuery(date(asOf, clock), failOn(failOn), Profile.RECOMMENDED);
    }

    public static AuditQuery parse(String asOf, String failOn, String profile, ServiceProfiles profiles, Clock clock) {
        return new AuditQuery(date(asOf, clock), failOn(failOn), profiles.named(profile));
    }

    public AuditOptions options() {
        return AuditOptions.asOf(asOf).withProfile(profile);
    }

    private static LocalDate date(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadParameterException("asOf: '" + text + "' is not a date; write it as YYYY-MM-DD");
        }
    }

    private static FailOn failOn(String text) {
        if (text == null || text.isBlank()) {
            return FailOn.ERROR;
        }
        return Arrays.stream(FailOn.values()).filter(f -> f.word().equals(text.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new BadParameterException("failOn: '" + text + "' is not error, warning, info or never"));
    }
}
