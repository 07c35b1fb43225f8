package org.journeyaudit.engine.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.document.NearestName;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Actor;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Suppression;
import org.journeyaudit.engine.rulebase.RuleCatalogue;

/**
 * The journey's suppressions as of the audit date. One applies to a finding of its rule that names its
 * element, or lies in its stage ({@code stage:ID}), or anywhere in the journey ({@code journey:ID}).
 * Expired ones and ones naming an unknown rule are not applied; all three kinds of note are reported.
 */
final class Suppressions {

    private static final String ACTOR = "actor:";

    private final Journey journey;
    private final List<Suppression> applicable = new ArrayList<>();
    private final List<SuppressionNote> refused = new ArrayList<>();
    private final Map<Suppression, Boolean> used = new IdentityHashMap<>();

    Suppressions(Journey journey, LocalDate asOf, RuleCatalogue catalogue) {
        this.journey = journey;
        for (Suppression suppression : journey.suppressions()) {
            if (catalogue.rule(suppression.rule()).isEmpty()) {
                refused.add(new SuppressionNote(suppression, SuppressionNote.Status.UNKNOWN_RULE, "not applied: no rule '"
                        + suppression.rule() + "' in the catalogue" + NearestName.among(suppression.rule(), catalogue.ids())
                                .map(n -> "; did you mean '" + n + "'?").orElse("")));
            } else if (suppression.expiredOn(asOf)) {
                refused.add(new SuppressionNote(suppression, SuppressionNote.Status.EXPIRED,
                        "expired on " + suppression.expires() + ": not applied, its findings are reported again"));
            } else {
                applicable.add(suppression);
            }
        }
    }

    /** The first suppression that covers the finding, or null. */
    Suppression covering(Finding finding) {
        for (Suppression suppression : applicable) {
            if (suppression.rule().equals(finding.ruleId()) && (finding.elements().contains(suppression.element())
                    || namesTheSameActor(suppression.element(), finding.elements())
                    || suppression.element().equals("stage:" + finding.stage())
                    || suppression.element().equals("journey:" + journey.id()))) {
                used.put(suppression, true);
                return suppression;
            }
        }
        return null;
    }

    /** An {@code actor:} element names the actor however its name is spaced or cased, as the findings name it. */
    private static boolean namesTheSameActor(String element, List<String> elements) {
        if (!element.startsWith(ACTOR)) {
            return false;
        }
        String actor = element.substring(ACTOR.length());
        return elements.stream().anyMatch(e -> e.startsWith(ACTOR) && Actor.same(e.substring(ACTOR.length()), actor));
    }

    /** The suppressions not applied, then those that matched no finding, in document order. */
    List<SuppressionNote> notes() {
        List<SuppressionNote> notes = new ArrayList<>(refused);
        for (Suppression suppression : applicable) {
            if (!used.containsKey(suppression)) {
                notes.add(new SuppressionNote(suppression, SuppressionNote.Status.UNUSED,
                        "matched no finding: the flaw is gone or the suppression names another element; remove it"));
            }
        }
        List<Suppression> order = journey.suppressions();
        notes.sort(java.util.Comparator.comparingInt(n -> indexOf(order, n.suppression())));
        return notes;
    }

    private static int indexOf(List<Suppression> order, Suppression suppression) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) == suppression) {
                return i;
            }
        }
        return order.size();
    }
}
