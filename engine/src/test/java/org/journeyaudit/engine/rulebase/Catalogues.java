package org.journeyaudit.engine.rulebase;

import java.util.List;

/** Catalogues of the rules a test names, for readers that resolve names against a catalogue. */
public final class Catalogues {

    private Catalogues() {
    }

    public static RuleCatalogue of(RuleDescription... rules) {
        return new RuleCatalogue(List.of(rules));
    }
}
