package org.journeyaudit.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.document.NearestName;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.engine.report.ReportWords;
import org.journeyaudit.engine.rulebase.RuleCatalogue;
import org.journeyaudit.engine.rulebase.RuleDescription;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists the rule catalogue: id, default severity and title of every rule.",
        subcommands = RulesCommand.Show.class)
final class RulesCommand implements Callable<Integer> {

    @Mixin
    ListingFormat format;

    @Mixin
    CatalogueOptions catalogueOptions;

    @Mixin
    LanguageChoice languageChoice;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Language language = languageChoice.language(spec);
        RuleCatalogue catalogue = AuditPipeline.catalogue(spec);
        if (format.json()) {
            out.print(JsonReport.write(JsonReport.catalogue(catalogue.rules(), language)));
        } else {
            ReportWords words = ReportWords.of(language);
            // the severity column as wide as the language's longest severity word ("warning" in English)
            int width = Math.max(8, Arrays.stream(Severity.values()).mapToInt(s -> severity(words, s).length()).max().orElse(0));
            String family = null;
            for (RuleDescription rule : catalogue.rules()) {
                if (!rule.family().equals(family)) {
                    family = rule.family();
                    out.println(family);
                }
                out.println(String.format(Locale.ROOT, "  %-34s %-" + width + "s %s", rule.id(), severity(words, rule.severity()),
                        rule.title(language)));
            }
            out.println();
            out.println(words.get("rules.listed", words.count(catalogue.rules().size(), "rule")));
        }
        out.flush();
        return ExitCode.OK;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one rule's documentation and parameters.")
    static final class Show implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "A rule id, such as handoff/ping-pong.")
        String id;

        @Mixin
        ListingFormat format;

        @Mixin
        CatalogueOptions catalogueOptions;

        @Mixin
        LanguageChoice languageChoice;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Language language = languageChoice.language(spec);
            RuleCatalogue catalogue = AuditPipeline.catalogue(spec);
            Optional<RuleDescription> found = catalogue.rule(id);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("journey-audit: unknown rule '" + id + "'" + NearestName.hint(id, catalogue.ids()));
                return ExitCode.USAGE;
            }
            RuleDescription rule = found.get();
            if (format.json()) {
                out.print(JsonReport.write(JsonReport.rule(rule, true, language)));
            } else {
                ReportWords words = ReportWords.of(language);
                out.println(rule.id() + ": " + rule.title(language));
                out.println(words.get("rules.defaultSeverity", severity(words, rule.severity())));
                if (!rule.parameters().isEmpty()) {
                    out.println(words.get("rules.parameters"));
                    rule.parameters().values().forEach(p -> out.println("  " + p.name() + " = "
                            + words.number(p.defaultValue()) + (p.description() == null ? "" : "  (" + p.description() + ")")));
                }
                out.println();
                String note = words.get("rules.documentationLanguage");
                if (!note.isEmpty()) {
                    out.println(note);
                    out.println();
                }
                out.print(rule.documentation());
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    private static String severity(ReportWords words, Severity severity) {
        return words.get("severity." + severity.word());
    }
}
