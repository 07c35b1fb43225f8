package org.journeyaudit.engine.audit;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.journeyaudit.engine.check.CustomChecks;
import org.journeyaudit.engine.document.NearestName;
import org.journeyaudit.engine.document.ValueRanges;
import org.journeyaudit.engine.journey.DocumentEnum;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.profile.Profile;
import org.journeyaudit.engine.profile.ProfileReader;
import org.journeyaudit.engine.recommend.Action;
import org.journeyaudit.engine.recommend.Effort;
import org.journeyaudit.engine.rulebase.RuleCatalogue;
import org.journeyaudit.engine.rulebase.RuleDescription;

/**
 * Checks an audit request as given (every value a text, as typed on a command line or sent in a query)
 * and turns it into an {@link AuditRequest}. Every problem is found at once, each naming its part of the
 * request, what is wrong and what is allowed; the command line and the service word and place them, but
 * never judge them a second time.
 */
public final class AuditRequestReader {

    /** A day: far beyond any audit, and well within what the engine's clock can count. */
    public static final long MOST_AUDIT_SECONDS = 86_400;

    private final RuleCatalogue catalogue;
    private final ProfileReader profiles;
    private final Map<String, Profile> builtIn = new LinkedHashMap<>();
    private final boolean readsProfileFiles;

    private AuditRequestReader(RuleCatalogue catalogue, boolean readsProfileFiles) {
        this.catalogue = catalogue;
        this.profiles = new ProfileReader(catalogue);
        this.readsProfileFiles = readsProfileFiles;
        ProfileReader.BUILT_IN.forEach(name -> builtIn.put(name, profiles.builtIn(name)));
    }

    /** For whoever runs the tool on their own files: a profile may be a built-in name or a profile file. */
    public static AuditRequestReader readingProfileFiles(RuleCatalogue catalogue) {
        return new AuditRequestReader(catalogue, true);
    }

    /** For requests from others: built-in profiles only, so a request never makes the engine read a file. */
    public static AuditRequestReader builtInProfilesOnly(RuleCatalogue catalogue) {
        return new AuditRequestReader(catalogue, false);
    }

    /**
     * The request; {@link InvalidRequestException} with every problem of its parts, or, for a profile file
     * that cannot be used, {@link org.journeyaudit.engine.document.InvalidDocumentException} located in that file.
     */
    public AuditRequest read(Given given) {
        List<RequestProblem> problems = new ArrayList<>();
        LocalDate asOf = date(given.asOf, given.today, problems);
        FailOn failOn = failOn(given.failOn, problems);
        Map<String, Map<String, Double>> parameters = parameters(given.parameters, problems);
        Map<Action, Effort> efforts = efforts(given.efforts, problems);
        Language language = language(given.language, given.acceptLanguage, problems);
        long seconds = positive(RequestField.MAX_AUDIT_SECONDS, given.maxAuditSeconds, AuditBudget.DEFAULT.maxDuration().toSeconds(), problems);
        if (seconds > MOST_AUDIT_SECONDS) {
            problems.add(RequestProblem.of(RequestField.MAX_AUDIT_SECONDS, given.maxAuditSeconds,
                    "'" + given.maxAuditSeconds + "' is more than " + MOST_AUDIT_SECONDS + " seconds (a day)", List.of()));
        }
        long firings = positive(RequestField.MAX_RULE_FIRINGS, given.maxRuleFirings, AuditBudget.DEFAULT.maxRuleFirings(), problems);
        Optional<Profile> builtInProfile = builtInProfile(given.profile, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        // a profile file is a document: its problems are located in it, and only read once the request is sound
        Profile profile = builtInProfile.orElseGet(() -> profiles.read(Path.of(given.profile)));
        return new AuditRequest(asOf, failOn, profile, given.checks, parameters, efforts, language,
                new AuditBudget(Duration.ofSeconds(seconds), firings));
    }

    /** The file a profile names, when it names a file rather than a built-in profile. */
    public static Optional<Path> profileFile(String profile) {
        if (profile == null || profile.isBlank() || ProfileReader.isBuiltIn(profile)) {
            return Optional.empty();
        }
        Path file = Path.of(profile);
        return Files.exists(file) || profile.contains("/") || profile.contains("\\") || profile.contains(".")
                ? Optional.of(file) : Optional.empty();
    }

    /**
     * The audit date alone, for a command that takes no other part of a request (the evidence of a log): {@code today}
     * when none is given, {@link InvalidRequestException} when the text is no date.
     */
    public static LocalDate asOf(String text, LocalDate today) {
        List<RequestProblem> problems = new ArrayList<>();
        LocalDate asOf = date(text, today, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return asOf;
    }

    private static LocalDate date(String text, LocalDate today, List<RequestProblem> problems) {
        if (text == null || text.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(RequestProblem.of(RequestField.AS_OF, text, "'" + text + "' is not a date; write it as YYYY-MM-DD", List.of()));
            return today;
        }
    }

    private static FailOn failOn(String text, List<RequestProblem> problems) {
        if (text == null || text.isBlank()) {
            return FailOn.ERROR;
        }
        List<String> words = Arrays.stream(FailOn.values()).map(FailOn::word).toList();
        Optional<FailOn> chosen = Arrays.stream(FailOn.values()).filter(f -> f.word().equals(text.toLowerCase(Locale.ROOT))).findFirst();
        if (chosen.isEmpty()) {
            problems.add(RequestProblem.of(RequestField.FAIL_ON, text, "'" + text + "' is not error, warning, info or never", words));
        }
        return chosen.orElse(FailOn.ERROR);
    }

    /** {@code handoff/excess.max=2} to rule id, parameter name and value. */
    private Map<String, Map<String, Double>> parameters(Map<String, String> given, List<RequestProblem> problems) {
        Map<String, Map<String, Double>> parameters = new LinkedHashMap<>();
        given.forEach((key, value) -> {
            int dot = key.lastIndexOf('.');
            if (dot < 0) {
                problems.add(RequestProblem.ofEntry(RequestField.PARAMETER, key, value,
                        "write RULE.NAME=VALUE, e.g. handoff/excess.max=2", List.of()));
                return;
            }
            String ruleId = key.substring(0, dot);
            String name = key.substring(dot + 1);
            Optional<RuleDescription> rule = catalogue.rule(ruleId);
            if (rule.isEmpty()) {
                problems.add(RequestProblem.ofEntry(RequestField.PARAMETER, key, value,
                        "unknown rule '" + ruleId + "'" + NearestName.hint(ruleId, catalogue.ids()), catalogue.ids()));
                return;
            }
            List<String> names = List.copyOf(rule.get().parameters().keySet());
            if (!names.contains(name)) {
                problems.add(RequestProblem.ofEntry(RequestField.PARAMETER, key, value, "rule " + ruleId
                        + (names.isEmpty() ? " has no parameters" : " has no parameter '" + name + "'" + NearestName.hint(name, names)), names));
                return;
            }
            BigDecimal threshold = ValueRanges.RULE_THRESHOLD.within(value == null ? null : value.strip());
            if (threshold == null) {
                problems.add(RequestProblem.ofEntry(RequestField.PARAMETER, key, value,
                        "a threshold must be " + ValueRanges.RULE_THRESHOLD.describe() + ", found '" + value + "'", List.of()));
                return;
            }
            parameters.computeIfAbsent(ruleId, r -> new LinkedHashMap<>()).put(name, threshold.doubleValue());
        });
        return parameters;
    }

    /** {@code add-channel=medium} to action and effort. */
    private static Map<Action, Effort> efforts(Map<String, String> given, List<RequestProblem> problems) {
        Map<Action, Effort> efforts = new EnumMap<>(Action.class);
        List<String> actions = Arrays.stream(Action.values()).map(Action::word).toList();
        List<String> levels = Arrays.stream(Effort.values()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        given.forEach((word, level) -> {
            String entry = word + "=" + level;
            Optional<Action> action = Action.of(word);
            if (action.isEmpty()) {
                problems.add(RequestProblem.ofEntry(RequestField.EFFORT, entry, word,
                        "unknown action '" + word + "'" + NearestName.hint(word, actions), actions));
                return;
            }
            Optional<Effort> effort = DocumentEnum.fromWord(Effort.class, level);
            if (effort.isEmpty()) {
                problems.add(RequestProblem.ofEntry(RequestField.EFFORT, entry, level, "effort is low, medium or high", levels));
                return;
            }
            efforts.put(action.get(), effort.get());
        });
        return efforts;
    }

    /** An explicit language beats the one the client's {@code Accept-Language} prefers. */
    private static Language language(String explicit, String acceptLanguage, List<RequestProblem> problems) {
        if (explicit == null || explicit.isBlank()) {
            return Language.acceptedBy(acceptLanguage);
        }
        Optional<Language> language = Language.of(explicit);
        if (language.isEmpty()) {
            problems.add(RequestProblem.of(RequestField.LANGUAGE, explicit, Language.notALanguage(explicit), Language.tags()));
            return Language.EN;
        }
        return language.get();
    }

    private static long positive(RequestField field, String text, long absent, List<RequestProblem> problems) {
        if (text == null) {
            return absent;
        }
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            problems.add(RequestProblem.of(field, text, "'" + text + "' is not a whole number", List.of()));
            return absent;
        }
        if (value <= 0) {
            problems.add(RequestProblem.of(field, text, "'" + text + "' is not a positive whole number", List.of()));
            return absent;
        }
        return value;
    }

    /** The built-in profile named (recommended when none is); empty for a profile file, to be read once the request is sound. */
    private Optional<Profile> builtInProfile(String name, List<RequestProblem> problems) {
        if (name == null || name.isBlank()) {
            return Optional.of(builtIn.get("recommended"));
        }
        if (builtIn.containsKey(name)) {
            return Optional.of(builtIn.get(name));
        }
        if (readsProfileFiles && profileFile(name).isPresent()) {
            return Optional.empty();
        }
        List<String> names = List.copyOf(builtIn.keySet());
        List<String> allowed = new ArrayList<>(names);
        if (readsProfileFiles) {
            allowed.add("a profile file");
        }
        problems.add(RequestProblem.of(RequestField.PROFILE, name, "unknown profile '" + name + "'"
                + NearestName.among(name, names).map(n -> "; did you mean '" + n + "'?").orElse("")
                + "; the built-in profiles are " + String.join(", ", names)
                + (readsProfileFiles ? " (or give a profile file)" : " (a request never names a file)"), allowed));
        return Optional.of(builtIn.get("recommended"));
    }

    /**
     * A request as given: each value the text the user wrote, or null where they wrote nothing. The date
     * an audit is taken as of when none is given is the caller's today.
     */
    public static final class Given {

        private final LocalDate today;
        private String asOf;
        private String failOn;
        private String profile;
        private CustomChecks checks = CustomChecks.NONE;
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private final Map<String, String> efforts = new LinkedHashMap<>();
        private String language;
        private String acceptLanguage;
        private String maxAuditSeconds;
        private String maxRuleFirings;

        public Given(LocalDate today) {
            this.today = today;
        }

        public Given asOf(String text) {
            this.asOf = text;
            return this;
        }

        public Given failOn(String text) {
            this.failOn = text;
            return this;
        }

        public Given profile(String nameOrFile) {
            this.profile = nameOrFile;
            return this;
        }

        public Given checks(CustomChecks chosen) {
            this.checks = chosen == null ? CustomChecks.NONE : chosen;
            return this;
        }

        /** {@code handoff/excess.max} to {@code 2}, in the order given. */
        public Given parameters(Map<String, String> given) {
            this.parameters.putAll(given);
            return this;
        }

        /** {@code add-channel} to {@code medium}, in the order given. */
        public Given efforts(Map<String, String> given) {
            this.efforts.putAll(given);
            return this;
        }

        /** The language asked for by name ({@code --lang}, {@code ?lang=}); it beats {@link #acceptLanguage}. */
        public Given language(String tag) {
            this.language = tag;
            return this;
        }

        /** An HTTP {@code Accept-Language} header: its best supported language, English when it names none. */
        public Given acceptLanguage(String header) {
            this.acceptLanguage = header;
            return this;
        }

        public Given maxAuditSeconds(String text) {
            this.maxAuditSeconds = text;
            return this;
        }

        public Given maxRuleFirings(String text) {
            this.maxRuleFirings = text;
            return this;
        }
    }
}
