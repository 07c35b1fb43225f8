package org.journeyaudit.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.Action;
import org.journeyaudit.engine.recommend.Effort;
import org.journeyaudit.engine.rulebase.Catalogues;
import org.journeyaudit.engine.rulebase.RuleCatalogue;
import org.journeyaudit.engine.rulebase.RuleDescription;
import org.journeyaudit.engine.rulebase.RuleParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditRequestReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final RuleCatalogue CATALOGUE = Catalogues.of(
            new RuleDescription("handoff/excess", "Too many handoffs", Severity.WARNING,
                    Map.of("max", new RuleParameter("max", 3, "most actor changes")), "page"),
            new RuleDescription("governance/no-owner", "No owner", Severity.WARNING, Map.of(), "page"),
            new RuleDescription("consistency/missing-info", "Missing information", Severity.WARNING, Map.of(), "page"));

    private final AuditRequestReader files = AuditRequestReader.readingProfileFiles(CATALOGUE);
    private final AuditRequestReader builtInOnly = AuditRequestReader.builtInProfilesOnly(CATALOGUE);

    @TempDir
    Path dir;

    private static AuditRequestReader.Given given() {
        return new AuditRequestReader.Given(TODAY);
    }

    private static Map<String, String> entries(String... keysAndValues) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return entries;
    }

    private List<RequestProblem> problemsOf(AuditRequestReader reader, AuditRequestReader.Given given) {
        InvalidRequestException invalid = catchThrowableOfType(InvalidRequestException.class, () -> reader.read(given));
        assertThat(invalid).as("the request was accepted").isNotNull();
        return invalid.problems();
    }

    @Test
    void anEmptyRequestIsTheDefaultAuditOfToday() {
        AuditRequest request = files.read(given());

        assertThat(request.asOf()).isEqualTo(TODAY);
        assertThat(request.failOn()).isEqualTo(FailOn.ERROR);
        assertThat(request.profile().name()).isEqualTo("recommended");
        assertThat(request.parameters()).isEmpty();
        assertThat(request.efforts()).isEmpty();
        assertThat(request.language()).isEqualTo(Language.EN);
        assertThat(request.budget()).isEqualTo(AuditBudget.DEFAULT);
        assertThat(request.options()).isEqualTo(AuditOptions.asOf(TODAY).withProfile(request.profile()));
    }

    @Test
    void everyPartGivenReachesTheAuditOptions() {
        AuditRequest request = files.read(given().asOf("2026-11-22").failOn("Warning").profile("copc")
                .parameters(entries("handoff/excess.max", "2")).efforts(entries("add-channel", "medium"))
                .language("ru").maxAuditSeconds("30").maxRuleFirings("5000"));

        assertThat(request.failOn()).isEqualTo(FailOn.WARNING);
        assertThat(request.budget()).isEqualTo(new AuditBudget(Duration.ofSeconds(30), 5000));
        AuditOptions options = request.options();
        assertThat(options.asOf()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(options.profile().name()).isEqualTo("copc");
        assertThat(options.parameters()).isEqualTo(Map.of("handoff/excess", Map.of("max", 2.0)));
        assertThat(options.effort()).isEqualTo(Map.of(Action.ADD_CHANNEL, Effort.MEDIUM));
        assertThat(options.language()).isEqualTo(Language.RU);
    }

    @Test
    void theLanguageNamedBeatsTheOneTheClientAccepts() {
        assertThat(builtInOnly.read(given().acceptLanguage("ru-RU,ru;q=0.9,en;q=0.5")).options().language()).isEqualTo(Language.RU);
        assertThat(builtInOnly.read(given().acceptLanguage("de-DE,ru;q=0.4")).options().language()).isEqualTo(Language.RU);
        assertThat(builtInOnly.read(given().acceptLanguage("de-DE,fr;q=0.4")).options().language()).isEqualTo(Language.EN);
        assertThat(builtInOnly.read(given().acceptLanguage("ru").language("en")).options().language()).isEqualTo(Language.EN);
        assertThat(builtInOnly.read(given().acceptLanguage("en").language("RU")).options().language()).isEqualTo(Language.RU);
        assertThat(builtInOnly.read(given().acceptLanguage("ru").language("")).options().language()).isEqualTo(Language.RU);
    }

    @Test
    void aLanguageNotWrittenIsLocatedWithTheLanguagesAllowed() {
        assertThat(problemsOf(builtInOnly, given().acceptLanguage("ru").language("fr"))).containsExactly(
                new RequestProblem(RequestField.LANGUAGE, null, "fr", "'fr' is not a language reports are written in; expected one of: en, ru",
                        List.of("en", "ru")));
    }

    @Test
    void everyProblemOfTheRequestIsReportedAtOnceInTheOrderOfItsParts() {
        List<RequestProblem> problems = problemsOf(files, given().asOf("22.11.2026").failOn("sometimes").profile("copcc")
                .parameters(entries("handoff/exces.max", "2", "handoff/excess.maximum", "2", "governance/no-owner.max", "2",
                        "handoff/excess", "2", "handoff/excess.max", "-1"))
                .efforts(entries("add-chanel", "low", "add-channel", "tiny"))
                .language("english").maxAuditSeconds("86401").maxRuleFirings("0"));

        assertThat(problems).containsExactly(
                new RequestProblem(RequestField.AS_OF, null, "22.11.2026", "'22.11.2026' is not a date; write it as YYYY-MM-DD", List.of()),
                new RequestProblem(RequestField.FAIL_ON, null, "sometimes", "'sometimes' is not error, warning, info or never",
                        List.of("error", "warning", "info", "never")),
                new RequestProblem(RequestField.PARAMETER, "handoff/exces.max", "2",
                        "unknown rule 'handoff/exces'; did you mean 'handoff/excess'?", CATALOGUE.ids()),
                new RequestProblem(RequestField.PARAMETER, "handoff/excess.maximum", "2",
                        "rule handoff/excess has no parameter 'maximum'; expected one of: max", List.of("max")),
                new RequestProblem(RequestField.PARAMETER, "governance/no-owner.max", "2", "rule governance/no-owner has no parameters", List.of()),
                new RequestProblem(RequestField.PARAMETER, "handoff/excess", "2", "write RULE.NAME=VALUE, e.g. handoff/excess.max=2", List.of()),
                new RequestProblem(RequestField.PARAMETER, "handoff/excess.max", "-1",
                        "a threshold must be between 0 and 1,000,000, found '-1'", List.of()),
                new RequestProblem(RequestField.EFFORT, "add-chanel=low", "add-chanel",
                        "unknown action 'add-chanel'; did you mean 'add-channel'?", actions()),
                new RequestProblem(RequestField.EFFORT, "add-channel=tiny", "tiny", "effort is low, medium or high", List.of("low", "medium", "high")),
                new RequestProblem(RequestField.LANGUAGE, null, "english", "'english' is not a language reports are written in; expected one of: en, ru",
                        List.of("en", "ru")),
                new RequestProblem(RequestField.MAX_AUDIT_SECONDS, null, "86401", "'86401' is more than 86400 seconds (a day)", List.of()),
                new RequestProblem(RequestField.MAX_RULE_FIRINGS, null, "0", "'0' is not a positive whole number", List.of()),
                new RequestProblem(RequestField.PROFILE, null, "copcc",
                        "unknown profile 'copcc'; did you mean 'copc'?; the built-in profiles are recommended, copc, all (or give a profile file)",
                        List.of("recommended", "copc", "all", "a profile file")));
    }

    @Test
    void aBudgetThatIsNotAWholeNumberIsLocated() {
        assertThat(problemsOf(files, given().maxAuditSeconds("ten").maxRuleFirings("NaN"))).containsExactly(
                new RequestProblem(RequestField.MAX_AUDIT_SECONDS, null, "ten", "'ten' is not a whole number", List.of()),
                new RequestProblem(RequestField.MAX_RULE_FIRINGS, null, "NaN", "'NaN' is not a whole number", List.of()));
    }

    @Test
    void aThresholdThatIsNoFiniteNumberIsRefused() {
        assertThat(problemsOf(files, given().parameters(entries("handoff/excess.max", "Infinity"))).get(0).message())
                .isEqualTo("a threshold must be between 0 and 1,000,000, found 'Infinity'");
        assertThat(files.read(given().parameters(entries("handoff/excess.max", " 2.5 "))).parameters())
                .isEqualTo(Map.of("handoff/excess", Map.of("max", 2.5)));
    }

    @Test
    void aRequestFromOthersNeverNamesAProfileFile() throws Exception {
        Path profile = Files.writeString(dir.resolve("team.yaml"), "name: team\nrules: {handoff/excess: off}\n");

        assertThat(problemsOf(builtInOnly, given().profile(profile.toString()))).containsExactly(
                new RequestProblem(RequestField.PROFILE, null, profile.toString(), "unknown profile '" + profile
                        + "'; the built-in profiles are recommended, copc, all (a request never names a file)", List.of("recommended", "copc", "all")));
        assertThat(problemsOf(builtInOnly, given().profile("al")).get(0).message())
                .isEqualTo("unknown profile 'al'; did you mean 'all'?; the built-in profiles are recommended, copc, all (a request never names a file)");
        assertThat(files.read(given().profile(profile.toString())).profile().name()).isEqualTo("team");
    }

    @Test
    void aProfileFileIsReadOnlyOnceTheRestOfTheRequestIsSoundAndIsLocatedInTheFile() throws Exception {
        Path profile = Files.writeString(dir.resolve("team.yaml"), "rules:\n  handoff/excess: {severity: eror}\n");

        assertThat(problemsOf(files, given().profile(profile.toString()).failOn("x"))).extracting(RequestProblem::field)
                .containsExactly(RequestField.FAIL_ON);
        InvalidDocumentException invalid = catchThrowableOfType(InvalidDocumentException.class,
                () -> files.read(given().profile(profile.toString())));
        assertThat(invalid.source()).isEqualTo(profile.toString());
        assertThat(invalid.problems()).extracting(p -> p.location() + " " + p.yamlPath() + ": " + p.message())
                .containsExactly("2:30 rules['handoff/excess'].severity: 'eror' is not a severity; did you mean 'error'?");
    }

    @Test
    void aNameIsAProfileFileWhenItExistsOrLooksLikeAPath() throws Exception {
        Path plain = Files.writeString(dir.resolve("team"), "rules: {}\n");
        assertThat(AuditRequestReader.profileFile("copc")).isEmpty();
        assertThat(AuditRequestReader.profileFile("copcc")).isEmpty();
        assertThat(AuditRequestReader.profileFile(null)).isEmpty();
        assertThat(AuditRequestReader.profileFile("team.yaml")).contains(Path.of("team.yaml"));
        assertThat(AuditRequestReader.profileFile("profiles/team")).contains(Path.of("profiles/team"));
        assertThat(AuditRequestReader.profileFile(plain.toString())).contains(plain);
    }

    private static List<String> actions() {
        return java.util.Arrays.stream(Action.values()).map(Action::word).toList();
    }
}
