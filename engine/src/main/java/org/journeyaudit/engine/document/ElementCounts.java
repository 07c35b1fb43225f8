package org.journeyaudit.engine.document;

import java.util.Locale;

import org.journeyaudit.engine.document.DocNode.Field;
import org.journeyaudit.engine.document.DocNode.ListNode;
import org.journeyaudit.engine.document.DocNode.ObjectNode;

/**
 * Counts the elements of a journey document on the parsed tree, before the journey is read into the model
 * and long before any rule runs, and reports each {@link DocumentLimits} count passed: once, where it is
 * passed, with the count and the limit. A list over its limit is refused as a whole rather than read
 * entry by entry, so that ten thousand surplus steps cost one problem and no validation.
 */
final class ElementCounts {

    private final DocumentLimits limits;
    private final Problems problems;

    ElementCounts(DocumentLimits limits, Problems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    /** Whether any limit is passed by the journey at {@code root}; each one passed is recorded. */
    boolean exceeded(DocNode root) {
        int before = problems.count();
        if (root instanceof ObjectNode journey) {
            perList(list(journey, "channels"), "channels", limits.maxChannels(), "a journey has at most %s channels");
            suppressions(journey);
            equivalents(list(journey, "equivalents"));
            perList(list(journey, "links"), "links", limits.maxStages(), "a journey links to at most %s journeys");
            ListNode stages = list(journey, "stages");
            perList(stages, "stages", limits.maxStages(), "a journey has at most %s stages");
            if (stages != null) {
                stages(stages);
            }
        }
        return problems.count() > before;
    }

    /** The suppressions of a journey or of a suppressions file. */
    void suppressions(ObjectNode holder) {
        perList(list(holder, "suppressions"), "suppressions", limits.maxSuppressions(), "at most %s suppressions are given");
    }

    /** The phrases declared equivalent are bounded like the values they stand for: as many as items told. */
    private void equivalents(ListNode groups) {
        Total phrases = new Total(limits.maxToldItems(), "the equivalents hold %s phrases in all; a journey declares at most %s");
        for (DocNode group : items(groups)) {
            if (group instanceof ListNode list) {
                phrases.add(list);
            }
        }
        phrases.report();
    }

    private void stages(ListNode stages) {
        Total steps = new Total(limits.maxSteps(), "the stages hold %s steps in all; a journey has at most %s steps");
        Total touchpoints = new Total(limits.maxTouchpoints(), "the stages hold %s touchpoints in all; a journey has at most %s touchpoints");
        Total told = new Total(limits.maxToldItems(),
                "the touchpoints tell %s information items in all; a journey tells at most %s");
        First asks = new First("asksCustomer", "a step asks the customer for at most %s items");
        First uses = new First("uses", "a step uses at most %s items");
        First produces = new First("produces", "a step produces at most %s items");
        First pauses = new First("pauses", "a step pauses at most %s journeys");
        First decisionUses = new First("uses", "a decision uses at most %s items");
        First outcomes = new First("outcomes", "a stage delivers at most %s items");
        Total customerSteps = new Total(limits.maxSteps(),
                "the stages hold %s customer actions in all; a journey has at most %s customer actions");
        // what a stage must tell and the reasons it counts contacts by are bounded like the items touchpoints tell
        Total required = new Total(limits.maxToldItems(),
                "the stages require %s information items in all; a journey requires at most %s");
        Total contactReasonCount = new Total(limits.maxToldItems(),
                "the stages count contacts by %s reasons in all; a journey gives at most %s");
        // a decision is backstage work like a step; a pain or a barrier is a short text like an item told
        Total decisions = new Total(limits.maxSteps(),
                "the stages hold %s decisions in all; a journey has at most %s decisions");
        Total painsAndBarriers = new Total(limits.maxToldItems(),
                "the stages name %s pains and barriers in all; a journey names at most %s");
        for (DocNode stage : stages.items()) {
            if (!(stage instanceof ObjectNode object)) {
                continue;
            }
            outcomes.check(list(object, "outcomes"));
            perList(list(object, "next"), "next", limits.maxStages(), "a stage leads to at most %s stages");
            customerSteps.add(list(object, "customerSteps"));
            required.add(list(object, "requiredInfo"));
            decisions.add(list(object, "decisions"));
            painsAndBarriers.add(list(object, "pains"));
            painsAndBarriers.add(list(object, "barriers"));
            Field contactReasons = object.fields().get("contactReasons");
            if (contactReasons != null && contactReasons.value() instanceof ObjectNode map) {
                contactReasonCount.add(map, map.fields().size());
            }
            ListNode stageSteps = list(object, "steps");
            steps.add(stageSteps);
            for (DocNode step : items(stageSteps)) {
                if (step instanceof ObjectNode s) {
                    asks.check(list(s, "asksCustomer"));
                    uses.check(list(s, "uses"));
                    produces.check(list(s, "produces"));
                    pauses.check(list(s, "pauses"));
                }
            }
            ListNode stageTouchpoints = list(object, "touchpoints");
            touchpoints.add(stageTouchpoints);
            for (DocNode touchpoint : items(stageTouchpoints)) {
                Field info = touchpoint instanceof ObjectNode t ? t.fields().get("info") : null;
                if (info != null && info.value() instanceof ObjectNode map) {
                    told.add(map, map.fields().size());
                }
                // a reason stands beside a told item, so the reasons count with the items
                Field reasons = touchpoint instanceof ObjectNode t ? t.fields().get("infoReasons") : null;
                if (reasons != null && reasons.value() instanceof ObjectNode map) {
                    told.add(map, map.fields().size());
                }
            }
            for (DocNode decision : items(list(object, "decisions"))) {
                if (decision instanceof ObjectNode d) {
                    decisionUses.check(list(d, "uses"));
                }
            }
        }
        steps.report();
        touchpoints.report();
        told.report();
        customerSteps.report();
        required.report();
        contactReasonCount.report();
        decisions.report();
        painsAndBarriers.report();
    }

    private void perList(ListNode list, String name, int limit, String most) {
        if (list != null && list.items().size() > limit) {
            problems.add(list, "'" + name + "' holds " + figure(list.items().size()) + " entries; " + String.format(most, figure(limit)));
        }
    }

    /** A count over all the lists of one kind, reported at the list where the limit was passed. */
    private final class Total {
        private final int limit;
        private final String message;
        private long count;
        private DocNode passedAt;

        Total(int limit, String message) {
            this.limit = limit;
            this.message = message;
        }

        void add(ListNode list) {
            if (list != null) {
                add(list, list.items().size());
            }
        }

        void add(DocNode node, int size) {
            count += size;
            if (passedAt == null && count > limit) {
                passedAt = node;
            }
        }

        void report() {
            if (passedAt != null) {
                problems.add(passedAt, String.format(message, figure(count), figure(limit)) + " (the limit is passed here)");
            }
        }
    }

    /** The first list of one kind over the per-step limit: one problem, however many lists pass it. */
    private final class First {
        private final String name;
        private final String most;
        private boolean reported;

        First(String name, String most) {
            this.name = name;
            this.most = most;
        }

        void check(ListNode list) {
            if (!reported && list != null && list.items().size() > limits.maxStepItems()) {
                perList(list, name, limits.maxStepItems(), most);
                reported = true;
            }
        }
    }

    private static ListNode list(ObjectNode object, String name) {
        Field field = object.fields().get(name);
        return field != null && field.value() instanceof ListNode list ? list : null;
    }

    private static java.util.List<DocNode> items(ListNode list) {
        return list == null ? java.util.List.of() : list.items();
    }

    private static String figure(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
