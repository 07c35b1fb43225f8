package org.journeyaudit.cli;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.document.NearestName;
import org.journeyaudit.engine.journey.DocumentEnum;
import org.journeyaudit.engine.recommend.Action;
import org.journeyaudit.engine.recommend.Effort;
import org.journeyaudit.engine.rulebase.RuleCatalogue;
import org.journeyaudit.engine.rulebase.RuleDescription;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Turns {@code --param} and {@code --effort} into audit options, refusing names the engine does not know. */
final class AuditSettings {

    private AuditSettings() {
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
