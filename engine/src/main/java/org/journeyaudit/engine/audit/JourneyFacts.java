package org.journeyaudit.engine.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.journeyaudit.engine.fact.BarrierFact;
import org.journeyaudit.engine.fact.Cadence;
import org.journeyaudit.engine.fact.ChannelFact;
import org.journeyaudit.engine.fact.DecisionInput;
import org.journeyaudit.engine.fact.FlowRole;
import org.journeyaudit.engine.fact.InfoFact;
import org.journeyaudit.engine.fact.ItemFlow;
import org.journeyaudit.engine.fact.JourneyFact;
import org.journeyaudit.engine.fact.StageFact;
import org.journeyaudit.engine.fact.StepFact;
import org.journeyaudit.engine.fact.TouchpointFact;
import org.journeyaudit.engine.journey.Barrier;
import org.journeyaudit.engine.journey.Channel;
import org.journeyaudit.engine.journey.Decision;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.Touchpoint;

/** Flattens a journey into the facts the rules match, each carrying the keys rules join on. */
public final class JourneyFacts {

    /** L2, line 2, 2L, 2nd line, 2nd-line, "L2 team", "3rd line engineer": a line number as a word of the actor's name. */
    private static final Pattern SUPPORT_LEVEL = Pattern.compile(
            "(?<![a-z0-9])(?:l|line)\\s*-?\\s*([1-9])(?![0-9])|(?<![a-z0-9])([1-9])\\s*-?\\s*(?:st|nd|rd|th)?\\s*-?\\s*(?:l|line)(?![a-z])");

    private JourneyFacts() {
    }

    public static List<Object> of(Journey journey) {
        List<Object> facts = new ArrayList<>();
        facts.add(new JourneyFact(journey.id(), journey.key(), blankToNull(journey.owner()),
                journey.measurement().lastMeasured(), journey.measurement().lastAnalysed(),
                journey.measurement().lastReviewed()));
        facts.add(new Cadence("measure", "measureMonths", "lastMeasured", journey.measurement().lastMeasured()));
        facts.add(new Cadence("analyse", "analyseMonths", "lastAnalysed", journey.measurement().lastAnalysed()));
        facts.add(new Cadence("review", "reviewMonths", "lastReviewed", journey.measurement().lastReviewed()));
        for (Channel channel : journey.channels()) {
            facts.add(new ChannelFact(channel.id(), channel.selfService()));
        }
        int order = 0;
        for (int i = 0; i < journey.stages().size(); i++) {
            Stage stage = journey.stages().get(i);
            int stageIndex = i;
            Double volume = stage.volumePerMonth();
            facts.add(new StageFact(stage.id(), stageIndex, stage.name(), volume == null ? 0 : volume, stage.steps().size()));
            for (Touchpoint touchpoint : stage.touchpoints()) {
                facts.add(touchpoint(journey, stage, stageIndex, touchpoint));
                if (touchpoint.present()) { // an absent or N/A cell tells the customer nothing
                    touchpoint.info().forEach((item, value) ->
                            facts.add(new InfoFact(stage.id(), stageIndex, touchpoint.channel(), item, value, fold(value))));
                }
            }
            for (int index = 0; index < stage.steps().size(); index++) {
                Step step = stage.steps().get(index);
                facts.add(step(stage, stageIndex, index, order, step));
                for (String item : step.asksCustomer()) {
                    facts.add(new ItemFlow(item, step.id(), stage.id(), stageIndex, step.actor(), order, FlowRole.ASKED));
                }
                for (String item : step.uses()) {
                    facts.add(new ItemFlow(item, step.id(), stage.id(), stageIndex, step.actor(), order, FlowRole.USED));
                }
                for (String item : step.produces()) {
                    facts.add(new ItemFlow(item, step.id(), stage.id(), stageIndex, step.actor(), order, FlowRole.PRODUCED));
                }
                order++;
            }
            for (Decision decision : stage.decisions()) {
                for (String item : decision.uses()) {
                    facts.add(new DecisionInput(decision.id(), stage.id(), stageIndex, item));
                }
            }
            for (int index = 0; index < stage.barriers().size(); index++) {
                Barrier barrier = stage.barriers().get(index);
                facts.add(new BarrierFact(stage.id(), index, barrier.text(), barrier.resolved()));
            }
        }
        return facts;
    }

    private static TouchpointFact touchpoint(Journey journey, Stage stage, int stageIndex, Touchpoint touchpoint) {
        boolean selfService = journey.channel(touchpoint.channel()).map(Channel::selfService).orElse(false);
        return new TouchpointFact(
                stage.id(),
                stageIndex,
                touchpoint.channel(),
                selfService,
                touchpoint.status(),
                touchpoint.present(),
                blankToNull(touchpoint.reason()) != null,
                touchpoint.reason(),
                zeroIfNull(touchpoint.volumePerMonth()),
                zeroIfNull(touchpoint.handleSeconds()),
                zeroIfNull(touchpoint.transfers()),
                Boolean.TRUE.equals(touchpoint.notifies()),
                touchpoint.info().size(),
                touchpoint.infoVerified(),
                touchpoint.outcome(),
                touchpoint.outcome() == null ? null : fold(touchpoint.outcome()),
                blankToNull(touchpoint.outcomeReason()) != null,
                touchpoint.sla() == null ? null : touchpoint.sla().standard(),
                touchpoint.sla() == null ? null : touchpoint.sla().target());
    }

    private static StepFact step(Stage stage, int stageIndex, int index, int order, Step step) {
        String name = step.name() == null ? "" : step.name();
        return new StepFact(
                step.id(),
                stage.id(),
                stageIndex,
                index,
                order,
                name,
                fold(name),
                step.actor(),
                blankToNull(step.system()),
                step.kind(),
                zeroIfNull(step.minutes()),
                zeroIfNull(step.waitMinutes()),
                zeroIfNull(step.recontactRate()),
                step.automated(),
                step.produces().size() + step.asksCustomer().size(),
                String.join(",", new TreeSet<>(step.produces())),
                supportLevel(step.actor()));
    }

    /** The line number of a support-line actor: L2, 2L, "line 2", "2nd line", "L2 team" are all 2; others 0. */
    public static int supportLevel(String actor) {
        if (actor == null) {
            return 0;
        }
        Matcher matcher = SUPPORT_LEVEL.matcher(actor.trim().toLowerCase(Locale.ROOT));
        if (!matcher.find()) {
            return 0;
        }
        return Integer.parseInt(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }

    /** Case and spacing folded, so that texts that read the same compare equal. */
    public static String fold(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static double zeroIfNull(Double value) {
        return value == null ? 0 : value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
