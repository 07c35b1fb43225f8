package org.journeyaudit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.document.NearestName;
import org.journeyaudit.engine.recommend.SavingsFormula;
import org.journeyaudit.engine.report.JsonReport;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleCatalogue catalogue = AuditPipeline.catalogue(spec);
        if (format.json()) {
            out.print(JsonReport.write(JsonReport.catalogue(catalogue.rules())));
        } else {
            String family = null;
            for (RuleDescription rule : catalogue.rules()) {
                if (!rule.family().equals(family)) {
                    family = rule.family();
                    out.println(family);
                }
                out.println(String.format(Locale.ROOT, "  %-34s %-8s %s", rule.id(), rule.severity().word(), rule.title()));
            }
            out.println();
            out.println(catalogue.rules().size() + " rules. 'journey-audit rules show ID' shows one rule's documentation.");
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

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            RuleCatalogue catalogue = AuditPipeline.catalogue(spec);
            Optional<RuleDescription> found = catalogue.rule(id);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("journey-audit: unknown rule '" + id + "'" + NearestName.hint(id, catalogue.ids()));
                return ExitCode.USAGE;
            }
            RuleDescription rule = found.get();
            if (format.json()) {
                out.print(JsonReport.write(JsonReport.rule(rule, true)));
            } else {
                out.println(rule.id() + ": " + rule.title());
                out.println("Default severity: " + rule.severity().word());
                if (!rule.parameters().isEmpty()) {
                    out.println("Parameters:");
                    rule.parameters().values().forEach(p -> out.println("  " + p.name() + " = "
                            + SavingsFormula.number(p.defaultValue()) + (p.description() == null ? "" : "  (" + p.description() + ")")));
                }
                out.println();
                out.print(rule.documentation());
            }
            out.flush();
            return ExitCode.OK;
        }
    }
}
