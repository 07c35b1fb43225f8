package org.journeyaudit.service.request;

import java.time.Clock;
import java.time.LocalDate;

import org.journeyaudit.engine.audit.AuditRequest;
import org.journeyaudit.engine.audit.AuditRequestReader;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.springframework.stereotype.Component;

/**
 * Reads the audit request of an HTTP request through the engine's request reader, the one the command line
 * uses: the query parameters {@code asOf}, {@code failOn}, {@code profile} and {@code lang}, and the
 * {@code Accept-Language} header. Profiles are the built-in ones only, resolved once at start: a request
 * never makes the service read a file. An invalid request throws
 * {@link org.journeyaudit.engine.audit.InvalidRequestException}, answered as a 400 problem.
 */
@Component
public class ServiceRequests {

    private final AuditRequestReader reader;
    private final Clock clock;

    ServiceRequests(RuleBase ruleBase, Clock clock) {
        this.reader = AuditRequestReader.builtInProfilesOnly(ruleBase.catalogue());
        this.clock = clock;
    }

    /** The query as given; null where a parameter or the header is absent. An explicit {@code lang} beats {@code Accept-Language}. */
    public AuditRequest read(String asOf, String failOn, String profile, String lang, String acceptLanguage) {
        return reader.read(new AuditRequestReader.Given(LocalDate.now(clock)).asOf(asOf).failOn(failOn).profile(profile)
                .language(lang).acceptLanguage(acceptLanguage));
    }
}
