package org.journeyaudit.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.document.NearestName;
import org.journeyaudit.engine.journey.DocumentEnum;
import org.journeyaudit.engine.recommend.Action;
import org.journeyaudit.engine.recommend.Effort;
import org.journeyaudit.engine.rulebase.RuleCatalogue;
import org.journeyaudit.engine.rulebase.RuleDescription;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --param RULE.NAME=VALUE} and {@code --effort ACTION=EFFORT}, shared by the commands that audit: turned
 * into audit options, refusing names the engine does not know.
 */
final class AuditSettings {

    @Option(names = "--param", paramLabel = "RULE.NAME=VALUE",
            description = "Replace a rule's threshold, e.g. --param handoff/excess.max=2 (repeatable; 'rules show ID' lists them).")
    Map<String, Double> parameters = new LinkedHashMap<>();

    @Option(names = "--effort", paramLabel = "ACTION=EFFORT",
            description = "Replace an action's effort (low, medium, high), e.g. --effort add-channel=medium (repeatable).")
    Map<String, String> effort = new LinkedHashMap<>();

    /** The options of an audit as of a date (today when none is given), with these thresholds and efforts. */
    AuditOptions options(LocalDate asOf, RuleCatalogue catalogue, CommandSpec spec) {
        return new AuditOptions(asOf == null ? LocalDate.now() : asOf, parameters(parameters, catalogue, spec), efforts(effort, spec));
    }

    /** {@code handoff/excess.max=2} to rule id, parameter name and value. */
    static Map<String, Map<String, Double>> parameters(Map<String, Double> given, RuleCatalogue catalogue, CommandSpec spec) {
        Map<String, Map<String, Double>> parameters = new LinkedHashMap<>();
        given.forEach((key, value) -> {
            int dot = key.lastIndexOf('.');
            if (dot < 0) {
                throw new ParameterException(spec.commandLine(), "--param " + key + ": write RULE.NAME=VALUE, e.g. handoff/excess.max=2");
            }
            String ruleId = key.substring(0, dot);
            String name = key.substring(dot + 1);
            RuleDescription rule = catalogue.rule(ruleId).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--param " + key + ": unknown rule '" + ruleId + "'" + NearestName.hint(ruleId, catalogue.ids())));
            if (!rule.parameters().containsKey(name)) {
                List<String> names = List.copyOf(rule.parameters().keySet());
                throw new ParameterException(spec.commandLine(), "--param " + key + ": rule " + ruleId
                        + (names.isEmpty() ? " has no parameters" : " has no parameter '" + name + "'" + NearestName.hint(name, names)));
            }
            parameters.computeIfAbsent(ruleId, r -> new LinkedHashMap<>()).put(name, value);
        });
        return parameters;
    }

    /** {@code add-channel=medium} to action and effort. */
    static Map<Action, Effort> efforts(Map<String, String> given, CommandSpec spec) {
        Map<Action, Effort> efforts = new EnumMap<>(Action.class);
        List<String> actions = Arrays.stream(Action.values()).map(Action::word).toList();
        given.forEach((word, level) -> {
            Action action = Action.of(word).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--effort " + word + "=" + level + ": unknown action '" + word + "'" + NearestName.hint(word, actions)));
            Effort effort = DocumentEnum.fromWord(Effort.class, level).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--effort " + word + "=" + level + ": effort is low, medium or high"));
            efforts.put(action, effort);
        });
        return efforts;
    }
}
