package org.journeyaudit.engine.finding;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.language.Language;

/**
 * The kinds of flaw the built-in rules look for, in the order reports show them. A rule's family is the first part of
 * its id ({@code handoff/excess}); custom checks ({@code custom/...}) and trusted rule packs may add families of their
 * own, which reports show after these.
 */
public enum Family {
    REDUNDANCY("redundancy", "Redundancy", "Избыточность",
            "Steps and requests that add work or contacts without changing the outcome.",
            "Шаги и запросы, которые добавляют работу или обращения, не меняя результата."),
    COVERAGE("coverage", "Coverage", "Покрытие каналами",
            "Which stages the customer can complete on which channels, and where they are forced to switch.",
            "На каких каналах клиент может пройти каждый этап и где ему приходится переходить в другой канал."),
    HANDOFF("handoff", "Handoffs", "Передачи (хэндоффы)",
            "Work passed between lines, teams and systems behind the stage.",
            "Передачи работы между линиями поддержки, командами и системами за кулисами этапа."),
    CONSISTENCY("consistency", "Consistency", "Согласованность",
            "What customers are told, and what they get, on the different channels of one stage.",
            "Что клиенту сообщают и что он получает в разных каналах одного этапа."),
    GOVERNANCE("governance", "Governance", "Управление путём клиента",
            "Ownership, the measurement cadence, open barriers and service standards (COPC CX).",
            "Владелец пути, регулярность измерений, неустранённые барьеры и стандарты обслуживания (COPC CX)."),
    DEMAND("demand", "Failure demand", "Вызванные обращения (failure demand)",
            "Contacts the journey causes by not doing something, or not doing it right, for the customer.",
            "Обращения, которые вызывает сам путь клиента: компания не сделала для клиента то, что должна, или сделала не так."),
    EXPERIENCE("experience", "Customer experience", "Клиентский опыт",
            "The customer's emotions and pains along the journey: low points nobody works on, pains that recur.",
            "Эмоции и боли клиента на пути: провалы, с которыми никто не работает, и повторяющиеся боли."),
    EVIDENCE("evidence", "Design versus reality", "Замысел и реальность",
            "What the contact and ticket log shows against the design: handoffs it does not show, steps nobody records, standards missed.",
            "Что показывает журнал обращений и заявок в сравнении с замыслом: передачи, которых нет в проекте, шаги, которые никто не фиксирует, нарушенные стандарты.");

    private final String word;
    private final String titleEn;
    private final String titleRu;
    private final String descriptionEn;
    private final String descriptionRu;

    Family(String word, String titleEn, String titleRu, String descriptionEn, String descriptionRu) {
        this.word = word;
        this.titleEn = titleEn;
        this.titleRu = titleRu;
        this.descriptionEn = descriptionEn;
        this.descriptionRu = descriptionRu;
    }

    /** The family as rule ids and reports write it: {@code handoff}. */
    public String word() {
        return word;
    }

    public String title(Language language) {
        return language == Language.RU ? titleRu : titleEn;
    }

    /** What the family's rules look at, in one sentence. */
    public String description(Language language) {
        return language == Language.RU ? descriptionRu : descriptionEn;
    }

    /** The families' words in the order reports show them. */
    public static List<String> words() {
        return Arrays.stream(values()).map(Family::word).toList();
    }

    /** The family a word names; empty for a family of custom checks or of a rule pack. */
    public static Optional<Family> of(String word) {
        return Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst();
    }

    /** The family of a rule id ({@code handoff/excess}); empty when the id names another family. */
    public static Optional<Family> ofRule(String ruleId) {
        int slash = ruleId.indexOf('/');
        return slash < 0 ? Optional.empty() : of(ruleId.substring(0, slash));
    }

    /**
     * Whether the journey has what the family's rules look at, so that a rule finding nothing there has passed rather
     * than had nothing to judge: backstage steps for redundancy and handoffs, declared channels for coverage, a stage
     * served on two or more service channels for consistency (an advert or a partner is not compared), or information
     * a stage must tell; governance
     * judges every journey; failure demand needs contacts counted by reason; experience needs a stage with an emotion or a pain;
     * design versus reality needs the journey's event log, which a journey alone never has (the {@code evidence} command
     * judges it beside its log).
     */
    public boolean appliesTo(Journey journey) {
        return switch (this) {
            case REDUNDANCY, HANDOFF -> journey.stages().stream().anyMatch(s -> !s.steps().isEmpty());
            case COVERAGE -> !journey.channels().isEmpty();
            case CONSISTENCY -> journey.stages().stream().anyMatch(s -> servedOnSeveralChannels(journey, s) || !s.requiredInfo().isEmpty());
            case EXPERIENCE -> journey.stages().stream().anyMatch(s -> s.emotion() != null || !s.pains().isEmpty());
            case GOVERNANCE -> true;
            case DEMAND -> journey.stages().stream().anyMatch(s -> !s.contactReasons().isEmpty());
            case EVIDENCE -> false;
        };
    }

    private static boolean servedOnSeveralChannels(Journey journey, Stage stage) {
        return journey.servingChannels(stage).stream().distinct().count() >= 2;
    }
}
