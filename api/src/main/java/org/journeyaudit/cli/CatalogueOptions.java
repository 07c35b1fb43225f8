package org.journeyaudit.cli;

import picocli.CommandLine.Mixin;

/**
 * The catalogue a listing shows: the built-in rules, the trusted packs named by {@code --rule-pack} and the
 * {@code --checks}, made by {@link AuditPipeline#catalogue}.
 */
final class CatalogueOptions {

    @Mixin
    RulePackOption rulePacks;

    @Mixin
    ChecksOption checks;
}
