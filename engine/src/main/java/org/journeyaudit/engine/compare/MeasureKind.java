package org.journeyaudit.engine.compare;

import org.journeyaudit.engine.language.Language;

/**
 * The figures of a journey a comparison measures in both versions: the name reports and the JSON use, the label in
 * each language, which way is an improvement, and whether the verdict weighs it (the number of stages is shown, not
 * judged: a stage may be added for good reasons).
 */
public enum MeasureKind {
    STAGES("stages", "stages", "этапы", true, false),
    STEPS("steps", "steps", "шаги", true, true),
    HANDOFFS("handoffs", "handoffs", "передачи между исполнителями", true, true),
    PING_PONG_RETURNS("pingPongReturns", "ping-pong returns", "возвраты работы (пинг-понг)", true, true),
    CUSTOMER_REQUESTS("customerRequests", "customer requests", "запросы к клиенту", true, true),
    HANDLING_MINUTES("handlingMinutes", "handling minutes", "минуты обработки", true, true),
    WAIT_MINUTES("waitMinutes", "waiting minutes", "минуты ожидания", true, true);

    private final String measureName;
    private final String labelEn;
    private final String labelRu;
    private final boolean lowerIsBetter;
    private final boolean weighed;

    MeasureKind(String measureName, String labelEn, String labelRu, boolean lowerIsBetter, boolean weighed) {
        this.measureName = measureName;
        this.labelEn = labelEn;
        this.labelRu = labelRu;
        this.lowerIsBetter = lowerIsBetter;
        this.weighed = weighed;
    }

    /** The measure's name in the JSON and the HTML report: {@code pingPongReturns}. */
    public String measureName() {
        return measureName;
    }

    public String label(Language language) {
        return language == Language.RU ? labelRu : labelEn;
    }

    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    public boolean weighed() {
        return weighed;
    }
}
