package org.journeyaudit.engine.change;

import java.util.ArrayList;
import java.util.List;

import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.engine.rulebase.RuleBaseException;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResultsRow;

/**
 * Classifies a change as significant or operational with the classification rules of the rule pack
 * ({@code org/journeyaudit/rules/change/classification.drl}). The standard's classification is policy
 * that quality teams may need to adapt (a company may count a tariff change on a key journey as
 * significant), so it is written as rules beside the audit rules and compiled with them, not as a table
 * in code. Thread-safe: one session per classification.
 */
public final class ChangeClassifier {

    private final RuleBase ruleBase;

    public ChangeClassifier(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    public ChangeClassification classify(ChangeRequest change) {
        KieSession session = ruleBase.newSession();
        List<Classification> raised = new ArrayList<>();
        try {
            session.insert(change);
            session.fireAllRules();
            for (QueryResultsRow row : session.getQueryResults("classifications")) {
                raised.add((Classification) row.get("$classification"));
            }
        } finally {
            session.dispose();
        }
        Classification standard = single(raised, Classification.Source.STANDARD, change);
        Classification requested = raised.stream().filter(c -> c.source() == Classification.Source.CHANGE_REQUEST).findFirst()
                .orElse(null);
        if (standard == null) {
            throw new RuleBaseException("no classification rule classifies a change of type '" + change.type().word() + "'");
        }
        return new ChangeClassification(requested == null ? standard : requested, standard);
    }

    private static Classification single(List<Classification> raised, Classification.Source source, ChangeRequest change) {
        List<Classification> of = raised.stream().filter(c -> c.source() == source).toList();
        if (of.size() > 1) {
            throw new RuleBaseException("the classification rules classify a change of type '" + change.type().word() + "' "
                    + of.size() + " times: " + of);
        }
        return of.isEmpty() ? null : of.get(0);
    }
}
