package org.journeyaudit.engine.spreadsheet;

import java.util.Arrays;
import java.util.List;

/**
 * What a labelled row of a journey map holds, named by the journey document's field it fills; a label file
 * names them by these words ({@code goal: [Задача клиента]}).
 */
public enum RowLabel {
    /** The stage header row. */
    STAGES("stages", "stage", "stages", "этап", "этапы", "этап взаимодействия", "этапы взаимодействия", "стадия", "стадии"),
    /** A stage's {@code goal}. */
    GOAL("goal", "goal", "customer goal", "need", "customer need", "цель", "цель клиента", "потребность", "потребность клиента"),
    /** A stage's {@code customerSteps}, one a line. */
    CUSTOMER_STEPS("customerSteps", "customer actions", "customer action", "customer steps", "customer step", "actions", "action",
            "действия клиента", "действие клиента", "шаг клиента", "шаги клиента", "действие", "действия"),
    /** The stage's touchpoints: the channels it is served on, one a line (in a multi-column stage, one a column). */
    CHANNELS("channels", "touchpoints", "touchpoint", "channels", "channel", "точки контакта", "точка контакта", "канал", "каналы",
            "канал взаимодействия", "каналы взаимодействия"),
    /** A stage's {@code pains}, one a line. */
    PAINS("pains", "pains", "pain", "pain points", "customer pains", "боли", "боль", "боль клиента", "боли клиента"),
    /** A stage's {@code barriers}, one a line. */
    BARRIERS("barriers", "barriers", "barrier", "барьер", "барьеры"),
    /** The barriers' solutions, line by line beside the barriers of the same column. */
    SOLUTIONS("solutions", "solutions", "solution", "решение", "решения"),
    /** A stage's {@code emotion}: a whole number from -3 to +3 or an emoticon. */
    EMOTION("emotion", "emotion", "emotions", "customer emotion", "эмоция", "эмоции", "эмоция клиента", "эмоции клиента"),
    /** The backstage steps' {@code name}s, one a line. */
    STEPS("steps", "process", "processes", "backstage", "процесс", "процессы", "внутренние процессы"),
    /** The backstage steps' {@code system}s, line by line beside the steps of the same column. */
    SYSTEMS("systems", "it system", "it systems", "system", "systems", "ит система", "ит системы", "информационная система"),
    /** The backstage steps' {@code actor}s, line by line beside the steps; or the journey's {@code owner}. */
    OWNER("owner", "owner", "owners", "responsible", "владелец", "владельцы", "ответственный", "ответственные"),
    /** The company's current losses: recognised, but the journey document has no field for them. */
    LOSSES("losses", "current losses", "losses", "текущие потери", "потери");

    private final String word;
    private final List<String> labels;

    RowLabel(String word, String... labels) {
        this.word = word;
        this.labels = Arrays.asList(labels);
    }

    /** The word a label file names the row by. */
    public String word() {
        return word;
    }

    /** The labels recognised without a label file, in English and Russian, folded. */
    List<String> builtIn() {
        return labels;
    }

    /** The words of all rows, as a label file names them: {@code stages, goal, customerSteps ...}. */
    static String words() {
        return String.join(", ", Arrays.stream(values()).map(RowLabel::word).toList());
    }

    static java.util.Optional<RowLabel> ofWord(String word) {
        return Arrays.stream(values()).filter(l -> l.word.equals(word)).findFirst();
    }

    /**
     * A label as it is compared: lower case, {@code ё} read as {@code е}, hyphens, dashes and runs of spaces read
     * as one space, a closing colon or full stop dropped ({@code ИТ-система:} reads as {@code ит система}).
     */
    static String fold(String label) {
        String folded = label.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е')
                .replaceAll("[\\-\u2010-\u2015_]", " ").replaceAll("\\s+", " ").strip();
        while (!folded.isEmpty() && ":.*".indexOf(folded.charAt(folded.length() - 1)) >= 0) {
            folded = folded.substring(0, folded.length() - 1).strip();
        }
        return folded;
    }
}
