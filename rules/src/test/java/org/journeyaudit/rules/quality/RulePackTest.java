package org.journeyaudit.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.profile.ProfileReader;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.engine.rulebase.RulePack;
import org.journeyaudit.engine.rulebase.RulePackException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What stops a trusted rule pack at start-up, each error naming its file; and pack findings treated like built-in ones. */
class RulePackTest {

    static final Path SAMPLE = Path.of("../samples/rule-pack");
    static final Path JOURNEY = SAMPLE.resolve("journeys/complaints-by-chat.yaml");

    @TempDir
    Path dir;

    private static final String PAGE = """
            ---
            title: A stage with no name
            severity: info
            ---
            # demo/unnamed-stage

            ## Why it matters
            Names.

            ## What triggers it
            A stage without a name.

            ## How to fix it
            Name it.

            ## Non-compliant example
            `{id: ask}`

            ## Compliant example
            `{id: ask, name: Ask}`
            """;

    private static String rule(String id) {
        return """
                package org.example.demo;

                import org.journeyaudit.engine.fact.StageFact;
                import org.journeyaudit.engine.finding.Finding;

                rule "unnamed stage"
                  @id("%s")
                when
                  StageFact(name == null, $id : id)
                then
                  insertLogical(Finding.raisedBy(kcontext).stage($id).saying("Stage '" + $id + "' has no name"));
                end
                """.formatted(id);
    }

    private Path pack(String family, String slug, String drl, String page) throws IOException {
        Path pack = dir.resolve("pack");
        Files.createDirectories(pack.resolve(family));
        Files.writeString(pack.resolve(family + "/" + slug + ".drl"), drl);
        if (page != null) {
            Files.writeString(pack.resolve(family + "/" + slug + ".md"), page);
        }
        return pack;
    }

    private static List<String> errors(Path pack) {
        try {
            RuleBase.builtIn().withPacks(List.of(RulePack.load(pack)));
        } catch (RulePackException refused) {
            return refused.errors();
        }
        throw new AssertionError("the pack " + pack + " was accepted");
    }

    @Test
    void aDrlSyntaxErrorNamesItsFileAndLine() throws IOException {
        Path pack = pack("demo", "unnamed-stage", rule("demo/unnamed-stage").replace("StageFact(name == null, $id : id)",
                "StageFact(name == , $id : id)"), PAGE);
        assertThat(errors(pack)).containsExactly(
                pack + "/demo/unnamed-stage.drl:9: [ERR 101] Line 9:20 no viable alternative at input ',' in rule \"unnamed stage\"");
    }

    @Test
    void aConsequenceThatDoesNotCompileNamesItsFileAndTheRulesLine() throws IOException {
        Path pack = pack("demo", "unnamed-stage", rule("demo/unnamed-stage").replace("insertLogical(", "insertLogicaly("), PAGE);
        assertThat(errors(pack)).singleElement().asString()
                .startsWith(pack + "/demo/unnamed-stage.drl:6: Rule Compilation error The method insertLogicaly(");
    }

    @Test
    void aRuleWithoutItsPageIsRefusedNamingThePage() throws IOException {
        Path pack = pack("demo", "unnamed-stage", rule("demo/unnamed-stage"), null);
        assertThat(errors(pack)).containsExactly(pack + "/demo/unnamed-stage.md: missing; rule 'demo/unnamed-stage' ("
                + pack + "/demo/unnamed-stage.drl) needs its page beside it");
    }

    @Test
    void aPageWithoutAHeadingOrWithBadFrontMatterIsRefused() throws IOException {
        Path pack = pack("demo", "unnamed-stage", rule("demo/unnamed-stage"), PAGE.replace("## How to fix it\n", ""));
        assertThat(errors(pack)).containsExactly(pack + "/demo/unnamed-stage.md: missing the heading '## How to fix it'");

        Files.writeString(pack.resolve("demo/unnamed-stage.md"), PAGE.replace("severity: info", "severity: fatal"));
        assertThat(errors(pack)).containsExactly(pack + "/demo/unnamed-stage.md: severity 'fatal' is not error, warning or info");
    }

    @Test
    void anIdThatDoesNotMatchItsFileIsRefusedWithItsLine() throws IOException {
        Path pack = pack("demo", "unnamed-stage", rule("demo/nameless-stage"), PAGE);
        assertThat(errors(pack)).containsExactly(pack + "/demo/unnamed-stage.drl:7: rule id 'demo/nameless-stage' does not "
                + "match its file; a rule of demo/unnamed-stage.drl has the id 'demo/unnamed-stage'");
    }

    @Test
    void anIdTakenByABuiltInRuleIsRefusedNamingBoth() throws IOException {
        Path pack = pack("governance", "no-owner", rule("governance/no-owner"), PAGE);
        assertThat(errors(pack)).containsExactly(pack + "/governance/no-owner.drl: rule id 'governance/no-owner' is already "
                + "taken by the built-in rule governance/no-owner; give the pack's rule an id of its own");
    }

    @Test
    void aMessageTemplateThatCannotBeReadNamesItsPageAndLine() throws IOException {
        Path pack = pack("demo", "unnamed-stage", rule("demo/unnamed-stage"), PAGE.replace("severity: info\n",
                "severity: info\nmessage:\n  en: \"Stage '{stage' has no name\"\n  ru: \"У этапа '{stage}' нет названия\"\n"));
        assertThat(errors(pack)).containsExactly(pack + "/demo/unnamed-stage.md:5: the en message template is not valid: "
                + "placeholder '{stage' is not closed by '}' (at character 8)");
    }

    @Test
    void aPackRuleIsWordedByItsTemplateByItsOwnMessageOrByItsTitle() throws IOException {
        String templated = PAGE.replace("title: A stage with no name\n", "title:\n  en: A stage with no name\n  ru: Этап без названия\n")
                .replace("severity: info\n", "severity: info\nmessage:\n  en: \"Stage '{stage}' has no name\"\n"
                        + "  ru: \"У этапа '{stage}' нет названия\"\n");
        String evidenceOnly = rule("demo/unnamed-stage").replace(".saying(\"Stage '\" + $id + \"' has no name\")", ".build()");
        assertThat(messages(pack("templated", "demo", "unnamed-stage", evidenceOnly, templated)))
                .containsExactly("Stage 'check-status' has no name", "У этапа 'check-status' нет названия");
        // a rule that words its own message keeps it in every language; one with neither is told by its title
        assertThat(messages(pack("worded", "demo", "unnamed-stage", rule("demo/unnamed-stage"), templated)))
                .containsExactly("Stage 'check-status' has no name", "Stage 'check-status' has no name");
        assertThat(messages(pack("untitled", "demo", "unnamed-stage", evidenceOnly, PAGE)))
                .containsExactly("A stage with no name", "A stage with no name");
    }

    /** The pack's finding on a journey with one unnamed stage, worded in English, then in Russian. */
    private static List<String> messages(Path pack) {
        Auditor auditor = new Auditor(RuleBase.builtIn().withPacks(List.of(RulePack.load(pack))));
        Journey journey = new JourneyReader().read("unnamed.yaml", "id: claim\nstages:\n  - id: check-status\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), DocumentFormat.YAML);
        AuditOptions options = AuditOptions.asOf(java.time.LocalDate.parse("2026-11-22"));
        return java.util.stream.Stream.of(Language.EN, Language.RU)
                .map(language -> auditor.audit(journey, options.withLanguage(language)).findings().stream()
                        .filter(f -> f.ruleId().equals("demo/unnamed-stage")).map(Finding::message).findFirst().orElseThrow())
                .toList();
    }

    private Path pack(String name, String family, String slug, String drl, String page) throws IOException {
        Path pack = dir.resolve(name);
        Files.createDirectories(pack.resolve(family));
        Files.writeString(pack.resolve(family + "/" + slug + ".drl"), drl);
        Files.writeString(pack.resolve(family + "/" + slug + ".md"), page);
        return pack;
    }

    @Test
    void aMissingDirectoryIsRefused() {
        assertThat(errors(dir.resolve("nowhere"))).containsExactly(dir.resolve("nowhere") + ": no such rule pack directory");
    }

    @Test
    void packFindingsAreNumberedRecommendedProfiledAndSuppressedLikeBuiltInOnes() throws IOException {
        RuleBase rules = RuleBase.builtIn().withPacks(List.of(RulePack.load(SAMPLE)));
        Auditor auditor = new Auditor(rules);
        AuditOptions options = AuditOptions.asOf(java.time.LocalDate.parse("2026-11-22"));
        Audit audit = auditor.audit(new JourneyReader().read(JOURNEY), options);
        assertThat(audit.findings()).extracting(f -> f.id() + " " + f.severity().word() + " " + f.ruleId() + " " + f.elements())
                .containsExactly(
                        "F1 warning consistency/missing-info [item:complaint.answerTime, touchpoint:file-complaint@chat]",
                        "F2 warning copc/complaint-answer-time [touchpoint:file-complaint@chat, item:complaint.answerTime]",
                        "F3 info coverage/assisted-only [stage:file-complaint]");
        // the pack's recommendation rule proposes the same action on the same item: one recommendation answers both
        assertThat(audit.recommendations().get(0).findings()).containsExactly("F1", "F2");

        ProfileReader profiles = new ProfileReader(rules.catalogue());
        Path profile = dir.resolve("team.yaml");
        Files.writeString(profile, "rules:\n  copc/complaint-answer-time: {severity: error}\n  coverage/*: off\n");
        Audit strict = auditor.audit(new JourneyReader().read(JOURNEY), options.withProfile(profiles.read(profile)));
        assertThat(strict.findings()).extracting(f -> f.id() + " " + f.severity().word() + " " + f.ruleId())
                .containsExactly("F1 warning consistency/missing-info", "F2 error copc/complaint-answer-time");
        Files.writeString(profile, "rules:\n  copc/*: off\n");
        assertThat(auditor.audit(new JourneyReader().read(JOURNEY), options.withProfile(profiles.read(profile))).findings())
                .noneMatch(f -> f.ruleId().startsWith("copc/"));

        Path suppressed = dir.resolve("complaints-by-chat.yaml");
        Files.writeString(suppressed, Files.readString(JOURNEY) + """
                suppressions:
                  - rule: copc/complaint-answer-time
                    element: touchpoint:file-complaint@chat
                    reason: The chat bot answers with the time on request
                """);
        Audit accepted = auditor.audit(new JourneyReader().read(suppressed), options);
        assertThat(accepted.findings()).noneMatch(f -> f.ruleId().startsWith("copc/"));
        assertThat(accepted.suppressed()).singleElement().satisfies(s -> assertThat(s.finding().ruleId()).isEqualTo("copc/complaint-answer-time"));
    }
}
