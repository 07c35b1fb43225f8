package org.journeyaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.engine.rulebase.RulePack;

import picocli.CommandLine.Option;

/**
 * {@code --rule-pack DIR}: trusted rule packs to load beside the built-in rules. A pack that cannot be
 * loaded throws {@link org.journeyaudit.engine.rulebase.RulePackException}, which {@link Failures} prints error
 * by error and maps to exit code 3.
 */
final class RulePackOption implements RequestPart {

    @Option(names = "--rule-pack", paramLabel = "DIR",
            description = "A trusted rule pack to load beside the built-in rules (repeatable); its DRL is compiled at start and runs as code.")
    List<Path> packs = new ArrayList<>();

    /** The built-in rules and the packs named. */
    RuleBase ruleBase() {
        return RuleBase.builtIn().withPacks(packs.stream().map(RulePack::load).toList());
    }

    /** A directory stands for every file under it. */
    @Override
    public List<Path> inputs() {
        return packs;
    }
}
