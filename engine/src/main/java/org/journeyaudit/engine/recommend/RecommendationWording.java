package org.journeyaudit.engine.recommend;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.language.Figures;
import org.journeyaudit.engine.language.Language;

/**
 * How recommendations read in a language: the title (what to do, on what, named as the journey names its stages
 * and steps) and the "why" of the priority, reason by reason, with figures written by {@link Figures}. The planner
 * decides; this class only words what it decided. Not shared between threads: one planner, one wording.
 */
public final class RecommendationWording {

    /** How many targets a title names before it counts the rest: a title stays one line. */
    static final int NAMED_IN_TITLE = 3;

    private final Language language;
    private final Figures figures;
    /** The names of the last journey's stages and steps by element, looked up once per journey. */
    private final Map<String, String> names = new java.util.HashMap<>();
    private Journey namedJourney;

    public RecommendationWording(Language language) {
        this.language = language == null ? Language.EN : language;
        this.figures = Figures.of(this.language);
    }

    public Language language() {
        return language;
    }

    private boolean russian() {
        return language == Language.RU;
    }

    /**
     * "Eliminate redundant steps: Ask for a photo of the defect, Review the photo": a step, stage or channel by the name
     * the journey gives it, a cell of the matrix by its stage's and channel's names ("Receive the card on App"), by its id
     * where it gives none or where targets share a name; other targets by their id; at most three, then how many more.
     */
    public String title(Action action, List<String> targets, Journey journey) {
        List<String> named = targets.stream().map(t -> name(t, journey)).toList();
        // targets that share a name (the steps of one duplicated work) are told apart by their ids
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            String name = named.get(i);
            names.add(java.util.Collections.frequency(named, name) > 1 ? targets.get(i).substring(targets.get(i).indexOf(':') + 1) : name);
        }
        String more = names.size() <= NAMED_IN_TITLE ? "" : russian()
                ? " и ещё " + figures.number(names.size() - NAMED_IN_TITLE)
                : " and " + figures.number(names.size() - NAMED_IN_TITLE) + " more";
        return action.title(language) + ": " + String.join(", ", names.subList(0, Math.min(NAMED_IN_TITLE, names.size()))) + more;
    }

    private String name(String target, Journey journey) {
        if (journey != namedJourney) {
            names.clear();
            for (org.journeyaudit.engine.journey.Channel channel : journey.channels()) {
                names.putIfAbsent("channel:" + channel.id(), channel.displayName());
            }
            for (Stage stage : journey.stages()) {
                names.put("stage:" + stage.id(), stage.name());
                for (Step step : stage.steps()) {
                    names.putIfAbsent("step:" + step.id(), step.name());
                }
                // a cell of the matrix by its stage and its channel, as the journey names them
                for (org.journeyaudit.engine.journey.Touchpoint touchpoint : stage.touchpoints()) {
                    String channel = journey.channel(touchpoint.channel()).map(org.journeyaudit.engine.journey.Channel::displayName)
                            .orElse(touchpoint.channel());
                    names.putIfAbsent("touchpoint:" + stage.id() + "@" + touchpoint.channel(), russian()
                            ? stage.displayName() + " (канал " + channel + ")" : stage.displayName() + " on " + channel);
                }
            }
            namedJourney = journey;
        }
        String named = names.get(target);
        return named == null || named.isBlank() ? target.substring(target.indexOf(':') + 1) : named.strip();
    }

    /** "P1 (45 or more): reason; reason = 78. what stays" */
    public String why(Priority priority, List<String> reasons, int score, List<String> kept) {
        return priority + " (" + band(priority) + "): " + String.join("; ", reasons) + " = " + score
                + (kept.isEmpty() ? "" : ". " + String.join("; ", kept));
    }

    private String band(Priority priority) {
        if (priority == Priority.P4) {
            return russian() ? "ниже " + Priority.P3.minimumScore() : "below " + Priority.P3.minimumScore();
        }
        return russian() ? "от " + priority.minimumScore() : priority.minimumScore() + " or more";
    }

    String answers(Severity worst, int points) {
        if (russian()) {
            return "закрывает замечание уровня «" + switch (worst) {
                case ERROR -> "ошибка";
                case WARNING -> "предупреждение";
                case INFO -> "информация";
            } + "» +" + points;
        }
        return "answers " + (worst == Severity.WARNING ? "a" : "an") + " " + worst.word() + " finding +" + points;
    }

    String saves(BigDecimal saving, String currency, int points) {
        return (russian() ? "экономит " + figures.money(saving, currency) + " в год +" : "saves " + figures.money(saving, currency) + " a year +")
                + points;
    }

    String avoids(double contacts, int points) {
        return russian()
                ? "предотвращает " + figures.number(contacts) + " " + figures.word(Math.round(contacts), "обращение", "обращения", "обращений")
                        + " в месяц +" + points
                : "avoids " + figures.number(contacts) + " contacts a month +" + points;
    }

    String sparesEffort(int points) {
        return (russian() ? "снижает усилия клиента +" : "spares the customer effort +") + points;
    }

    String answersMore(int findings, int points) {
        return (russian() ? "закрывает " + figures.plural(findings, "замечание", "замечания", "замечаний") : "answers " + findings + " findings")
                + " +" + points;
    }

    String effort(Effort effort, int penalty) {
        if (russian()) {
            return "трудоёмкость " + switch (effort) {
                case LOW -> "низкая";
                case MEDIUM -> "средняя";
                case HIGH -> "высокая";
            } + " -" + penalty;
        }
        return effort.word() + " effort -" + penalty;
    }

    String capped(int cap) {
        return russian() ? "наведение порядка в описании идёт после недостатков: не выше " + cap
                : "housekeeping, ranked after the flaws: capped at " + cap;
    }

    /** "'verify-id' stays: it is mandated (PSD2)" */
    String keptMandated(String stepId, String mandate) {
        return russian() ? "шаг '" + stepId + "' остаётся: он обязателен (" + mandate + ")"
                : "'" + stepId + "' stays: it is mandated (" + mandate + ")";
    }

    /** "'issue-card' stays: it delivers card, the outcome of stage 'issue'"; item to the stage it is the outcome of. */
    String keptDelivering(String stepId, Map<String, String> delivered) {
        List<String> outcomes = delivered.entrySet().stream().map(e -> russian()
                ? e.getKey() + " — результат этапа '" + e.getValue() + "'"
                : e.getKey() + ", the outcome of stage '" + e.getValue() + "'").toList();
        String joined = String.join(russian() ? " и " : " and ", outcomes);
        return russian() ? "шаг '" + stepId + "' остаётся: он даёт " + joined : "'" + stepId + "' stays: it delivers " + joined;
    }
}
