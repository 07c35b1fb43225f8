package org.journeyaudit.cli;

import java.util.Optional;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.rulebase.RuleCatalogue;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/** The catalogue a listing shows: the built-in rules, the trusted packs named by {@code --rule-pack} and the {@code --checks}. */
final class CatalogueOptions {

    @Mixin
    RulePackOption rulePacks;

    @Mixin
    ChecksOption checks;

    /** The catalogue, or empty after saying what is wrong with a checks file. */
    Optional<RuleCatalogue> load(CommandSpec spec) {
        try {
            return Optional.of(checks.load().addedTo(rulePacks.ruleBase().catalogue()));
        } catch (InvalidDocumentException invalid) {
            ChecksOption.report(invalid, spec.commandLine().getErr());
            return Optional.empty();
        }
    }
}
