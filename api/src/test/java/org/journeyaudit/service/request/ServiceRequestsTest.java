package org.journeyaudit.service.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.journeyaudit.engine.audit.AuditRequest;
import org.journeyaudit.engine.audit.FailOn;
import org.journeyaudit.engine.audit.InvalidRequestException;
import org.journeyaudit.engine.audit.RequestField;
import org.journeyaudit.engine.audit.RequestProblem;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

/** The query of an audit read by the engine's request reader: the language that reaches the audit options. */
class ServiceRequestsTest {

    private final ServiceRequests requests = new ServiceRequests(RuleBase.builtIn(),
            Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));

    private Language languageOf(String lang, String acceptLanguage) {
        return requests.read(null, null, null, lang, acceptLanguage).options().language();
    }

    @Test
    void theClientsAcceptLanguageChoosesTheLanguageOfTheAudit() {
        assertThat(languageOf(null, null)).isEqualTo(Language.EN);
        assertThat(languageOf(null, "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7")).isEqualTo(Language.RU);
        assertThat(languageOf(null, "en-GB,en;q=0.9,ru;q=0.8")).isEqualTo(Language.EN);
        assertThat(languageOf(null, "de-DE,de;q=0.9,ru;q=0.5")).isEqualTo(Language.RU);
        assertThat(languageOf(null, "fr-FR")).isEqualTo(Language.EN);
        assertThat(languageOf(null, "ru;q=0, en")).isEqualTo(Language.EN);
        assertThat(languageOf(null, "not a header;;;")).isEqualTo(Language.EN);
    }

    @Test
    void anExplicitLangBeatsTheHeader() {
        assertThat(languageOf("en", "ru-RU,ru;q=0.9")).isEqualTo(Language.EN);
        assertThat(languageOf("ru", "en")).isEqualTo(Language.RU);
        assertThat(languageOf("ru-RU", null)).isEqualTo(Language.RU);
        assertThat(languageOf("", "ru")).isEqualTo(Language.RU);
    }

    @Test
    void anUnsupportedLangIsAProblemEvenWhenTheHeaderNamesASupportedOne() {
        InvalidRequestException invalid = catchThrowableOfType(InvalidRequestException.class, () -> languageOf("fr", "ru"));
        assertThat(invalid.problems()).containsExactly(new RequestProblem(RequestField.LANGUAGE, null, "fr",
                "'fr' is not a language reports are written in; expected one of: en, ru", List.of("en", "ru")));
    }

    @Test
    void theRestOfTheQueryReachesTheAuditAsOnTheCommandLine() {
        AuditRequest byDefault = requests.read(null, null, null, null, null);
        assertThat(byDefault.asOf()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(byDefault.failOn()).isEqualTo(FailOn.ERROR);
        assertThat(byDefault.profile().name()).isEqualTo("recommended");

        AuditRequest given = requests.read("2026-11-22", "warning", "copc", "ru", null);
        assertThat(given.options().asOf()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(given.failOn()).isEqualTo(FailOn.WARNING);
        assertThat(given.options().profile().name()).isEqualTo("copc");
        assertThat(given.options().language()).isEqualTo(Language.RU);
    }
}
