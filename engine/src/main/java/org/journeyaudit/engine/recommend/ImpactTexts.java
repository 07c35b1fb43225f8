package org.journeyaudit.engine.recommend;

import java.util.List;

import org.journeyaudit.engine.journey.Assumption;
import org.journeyaudit.engine.language.Figures;
import org.journeyaudit.engine.language.Language;

/**
 * The words of a saving and of the cost to serve, in the audit's language: where each input comes from, what is
 * assumed, and why a saving is not priced. Formulas themselves are written by {@link SavingsFormula}.
 */
final class ImpactTexts {

    private final Language language;
    private final Figures figures;

    ImpactTexts(Language language) {
        this.language = language == null ? Language.EN : language;
        this.figures = Figures.of(this.language);
    }

    Language language() {
        return language;
    }

    Figures figures() {
        return figures;
    }

    private boolean ru() {
        return language == Language.RU;
    }

    // --- where inputs come from

    String casesObserved(String stage, String log, long cases, double days) {
        return ru() ? "обращения этапа " + stage + " в журнале " + log + ": " + figures.number(cases) + " за "
                + figures.plural(Math.round(days), "день", "дня", "дней")
                : "cases of stage " + stage + " in the log " + log + ": " + figures.number(cases) + " over "
                + figures.plural(Math.round(days), "day", "days");
    }

    /** What a formula whose cases a month the log gives says of them. */
    String observedFormula(String log) {
        return ru() ? " (обращения в месяц — по журналу " + log + ")" : " (cases a month as the log " + log + " shows them)";
    }

    /** What a formula whose handle times (and maybe cases a month) the log gives says of them. */
    String observedHandleFormula(String log, boolean cases) {
        if (ru()) {
            return cases ? " (обращения в месяц и время обработки — по журналу " + log + ")" : " (время обработки — по журналу " + log + ")";
        }
        return cases ? " (cases a month and handle times as the log " + log + " shows them)"
                : " (handle times as the log " + log + " shows them)";
    }

    String handleObserved(String touchpoint, String log, long contacts, double days) {
        return ru() ? "медиана времени обработки точки контакта " + touchpoint + " в журнале " + log + ": "
                + figures.plural(contacts, "контакт", "контакта", "контактов") + " за " + figures.plural(Math.round(days), "день", "дня", "дней")
                : "median handle time of touchpoint " + touchpoint + " in the log " + log + ": " + figures.plural(contacts, "contact", "contacts")
                + " over " + figures.plural(Math.round(days), "day", "days");
    }

    /** A handle time the log measures on too few contacts or days to price them, and what prices them instead. */
    String handleTooShort(String touchpoint, String log, long contacts, double days, long minContacts, double minDays, Double documented) {
        if (ru()) {
            return "журнал " + log + " фиксирует время обработки лишь " + figures.plural(contacts, "контакта", "контактов", "контактов")
                    + " точки контакта " + touchpoint + " за " + figures.plural(Math.round(days), "день", "дня", "дней")
                    + "; в оценку время обработки из журнала идёт не менее чем по " + figures.plural(minContacts, "контакту", "контактам", "контактам")
                    + " не менее чем за " + figures.plural(Math.round(minDays), "день", "дня", "дней") + ": "
                    + (documented == null ? "обработка этих обращений не оценена"
                            : "обращения оцениваются по handleSeconds точки контакта (" + figures.number(documented) + " с)");
        }
        return "the log " + log + " times only " + figures.plural(contacts, "contact", "contacts") + " at touchpoint " + touchpoint + " over "
                + figures.plural(Math.round(days), "day", "days") + "; a handle time from the log prices from at least "
                + figures.plural(minContacts, "contact", "contacts") + " over at least " + figures.plural(Math.round(minDays), "day", "days") + ": "
                + (documented == null ? "the handling of these contacts is not priced"
                        : "the touchpoint's handleSeconds (" + figures.number(documented) + " s) price them");
    }

    String casesGiven(String stage) {
        return ru() ? "casesPerMonth этапа " + stage : "casesPerMonth of stage " + stage;
    }

    String stepCases(String step) {
        return ru() ? "casesPerMonth шага " + step : "casesPerMonth of step " + step;
    }

    String casesFromContacts(String stage) {
        return ru() ? "volumePerMonth входящих точек контакта этапа " + stage : "volumePerMonth of the inbound touchpoints of stage " + stage;
    }

    String stepMinutes(List<String> steps) {
        return ru() ? "minutes " + (steps.size() > 1 ? "шагов " : "шага ") + String.join(", ", steps) + " x 60"
                : "minutes of step" + (steps.size() > 1 ? "s " : " ") + String.join(", ", steps) + " x 60";
    }

    String volumeOf(String touchpoint) {
        return ru() ? "volumePerMonth точки контакта " + touchpoint : "volumePerMonth of touchpoint " + touchpoint;
    }

    String handleOf(String touchpoint) {
        return ru() ? "handleSeconds точки контакта " + touchpoint : "handleSeconds of touchpoint " + touchpoint;
    }

    String transfersOf(String touchpoint) {
        return ru() ? "volumePerMonth x transfers точки контакта " + touchpoint : "volumePerMonth x transfers of touchpoint " + touchpoint;
    }

    String recontactRateOf(String step) {
        return ru() ? "recontactRate шага " + step : "recontactRate of step " + step;
    }

    String channelCost(String channel) {
        return ru() ? "costPerMinute канала " + channel : "costPerMinute of channel " + channel;
    }

    String journeyCost() {
        return "economics.costPerMinute";
    }

    String stepCost(String step) {
        return ru() ? "costPerMinute шага " + step : "costPerMinute of step " + step;
    }

    String given(Assumption assumption) {
        return "economics." + assumption.field();
    }

    String defaulted(Assumption assumption) {
        return ru() ? "по умолчанию: economics." + assumption.field() + " не задан" : "default: economics." + assumption.field() + " not given";
    }

    String backstageDefaulted() {
        return ru() ? "по умолчанию: economics.costPerMinute, ставка контакт-центра (ни шаг, ни economics.backstageCostPerMinute не задают своей)"
                : "default: economics.costPerMinute, the contact-centre rate (neither the step nor economics.backstageCostPerMinute gives one)";
    }

    String questionsOf(String step, int questions) {
        return ru() ? figures.plural(questions, "повторный вопрос", "повторных вопроса", "повторных вопросов") + " шага " + step
                + " x secondsPerQuestion"
                : figures.plural(questions, "repeated question", "repeated questions") + " of step " + step + " x secondsPerQuestion";
    }

    // --- assumptions

    /** {@code monthsPerYear: 12, the default (economics.monthsPerYear not given)} */
    String assumedDefault(Assumption assumption, double value) {
        return ru() ? assumption.field() + ": " + figures.number(value) + ", значение по умолчанию (economics." + assumption.field() + " не задан)"
                : assumption.field() + ": " + figures.number(value) + ", the default (economics." + assumption.field() + " not given)";
    }

    String assumedGiven(Assumption assumption, double value) {
        return ru() ? assumption.field() + ": " + figures.number(value) + ", задано в пути клиента (economics." + assumption.field() + ")"
                : assumption.field() + ": " + figures.number(value) + ", set by the journey (economics." + assumption.field() + ")";
    }

    String backstageAssumed(double rate, String currency) {
        String money = figures.number(rate) + (currency == null ? "" : " " + currency);
        return ru() ? "backstageCostPerMinute: " + money + "/мин, ставка контакт-центра по умолчанию (ни шаг, ни economics.backstageCostPerMinute "
                + "не задают своей стоимости минуты)"
                : "backstageCostPerMinute: " + money + "/min, the contact-centre rate by default (neither the step nor "
                        + "economics.backstageCostPerMinute gives a cost per minute)";
    }

    String backstageGiven(double rate, String currency) {
        String money = figures.number(rate) + (currency == null ? "" : " " + currency);
        return ru() ? "backstageCostPerMinute: " + money + "/мин, задано в пути клиента (economics.backstageCostPerMinute)"
                : "backstageCostPerMinute: " + money + "/min, set by the journey (economics.backstageCostPerMinute)";
    }

    String casesAssumed(String stage, double contacts) {
        return ru() ? "casesPerMonth этапа " + stage + ": " + figures.number(contacts) + ", его входящие обращения, одно обращение = один случай "
                + "(этап не задаёт casesPerMonth)"
                : "casesPerMonth of stage " + stage + ": " + figures.number(contacts) + ", its inbound contacts, one case each "
                        + "(the stage gives no casesPerMonth)";
    }

    String noMinutes(String step) {
        return ru() ? "шаг " + step + " не задаёт minutes: его время считается равным 0"
                : "step " + step + " gives no minutes: its handling time is counted as 0";
    }

    String noCases(String stage) {
        return ru() ? "этап " + stage + " не задаёт ни casesPerMonth, ни volumePerMonth входящих обращений: экономия не оценена"
                : "stage " + stage + " gives neither casesPerMonth nor a volumePerMonth of inbound contacts: its saving is not priced";
    }

    String noInboundHandling(String stage) {
        return ru() ? "этап " + stage + " не задаёт volumePerMonth и handleSeconds входящих обращений: экономия не оценена"
                : "stage " + stage + " gives no volumePerMonth and handleSeconds of inbound contacts: its saving is not priced";
    }

    String noHandleSeconds(String touchpoint) {
        return ru() ? "точка контакта " + touchpoint + " не задаёт handleSeconds: время переводов нечем ограничить, экономия не оценена"
                : "touchpoint " + touchpoint + " gives no handleSeconds: nothing bounds the transfers' time, so the saving is not priced";
    }

    String noCost() {
        return ru() ? "costPerMinute не задан (ни economics.costPerMinute, ни у каналов): экономия не оценена в деньгах"
                : "no costPerMinute given (economics.costPerMinute or the channels'): the saving is not priced";
    }

    String questionCapped(String step, double asked, double own) {
        return ru() ? "повторные вопросы шага " + step + " (" + figures.number(asked) + " с) ограничены временем самого шага: "
                + figures.number(own) + " с"
                : "the repeated questions of step " + step + " (" + figures.number(asked) + " s) are capped at the step's own "
                        + figures.number(own) + " s";
    }

    String reasonContactsOf(String stage, String reason, String touchpoint) {
        return ru() ? "contactReasons." + reason + " этапа " + stage + " в доле volumePerMonth точки контакта " + touchpoint
                : "contactReasons." + reason + " of stage " + stage + ", in the share of volumePerMonth of touchpoint " + touchpoint;
    }

    String causeRemoved(String stage, String reason, double contacts) {
        return ru() ? "когда причина устранена, обращения '" + reason + "' на этапе " + stage + " прекращаются: все "
                + figures.number(contacts) + " в месяц считаются предотвращёнными"
                : "once the cause is gone, stage " + stage + "'s '" + reason + "' contacts stop: all " + figures.number(contacts)
                        + " a month are counted as avoided";
    }

    String customerDidItFirst(String work, String action) {
        return ru() ? "считается, что каждый клиент уже сам выполнил «" + work + "» (" + action + ") до того, как сотрудник повторяет эту работу:"
                + " карта не указывает долю таких клиентов, поэтому учтены все минуты повторного шага"
                : "every customer is taken to have done \"" + work + "\" (" + action + ") themselves before the staff repeat it: the map"
                        + " gives no share of customers who do, so all the repeated step's minutes are counted";
    }

    String reasonContactsCapped(String touchpoint, double contacts) {
        return ru() ? "предотвращённые обращения ограничены " + figures.number(contacts) + " входящими обращениями точки контакта " + touchpoint
                : "the contacts avoided are capped at the " + figures.number(contacts) + " inbound contacts of touchpoint " + touchpoint;
    }

    String recontactsCapped(String touchpoint, double contacts) {
        return ru() ? "предотвращённые повторные обращения ограничены " + figures.number(contacts) + " входящими обращениями точки контакта " + touchpoint
                : "the recontacts avoided are capped at the " + figures.number(contacts) + " inbound contacts of touchpoint " + touchpoint;
    }

    String transfersCapped(String touchpoint, double seconds) {
        return ru() ? "время переводов ограничено временем обработки точки контакта " + touchpoint + ": " + figures.number(seconds) + " с"
                : "the transfers' time is capped at the handling time of touchpoint " + touchpoint + ": " + figures.number(seconds) + " s";
    }

    // --- steps done during the contact

    private String steps(List<String> steps) {
        return ru() ? (steps.size() > 1 ? "шаги " : "шаг ") + String.join(", ", steps)
                : "step" + (steps.size() > 1 ? "s " : " ") + String.join(", ", steps);
    }

    /** {@code steps take-call, ask-photo are done during the contacts of file-claim@phone: their minutes are in the contacts' handleSeconds ...} */
    String inHandleTime(List<String> steps, List<String> touchpoints) {
        boolean many = steps.size() > 1;
        return ru() ? steps(steps) + (many ? " выполняются" : " выполняется") + " во время обращений " + String.join(", ", touchpoints)
                + ": " + (many ? "их" : "его") + " minutes входят в handleSeconds этих обращений и не считаются повторно в бэк-офисе"
                : steps(steps) + (many ? " are" : " is") + " done during the contacts of " + String.join(", ", touchpoints) + ": "
                        + (many ? "their" : "its") + " minutes are in the contacts' handleSeconds and not counted again as backstage work";
    }

    String contactStepsExceed(List<String> steps, double seconds, String touchpoint, double handle) {
        return ru() ? "документ противоречит себе: " + steps(steps) + " во время обращения занимают " + figures.number(seconds)
                + " с, больше handleSeconds точки контакта " + touchpoint + " (" + figures.number(handle) + " с); стоимость обслуживания "
                + "считается по handleSeconds, экономия на этих шагах ограничена ими"
                : "the document contradicts itself: " + steps(steps) + " during the contact take " + figures.number(seconds)
                        + " s, more than the handleSeconds of touchpoint " + touchpoint + " (" + figures.number(handle)
                        + " s); the cost to serve counts the handleSeconds, and savings on these steps are capped at them";
    }

    String contactStepsExceedObserved(List<String> steps, double seconds, String touchpoint, double handle) {
        boolean many = steps.size() > 1;
        return ru() ? steps(steps) + " во время обращения " + (many ? "занимают " : "занимает ") + figures.number(seconds)
                + " с, больше медианы времени обработки "
                + "точки контакта " + touchpoint + " по журналу (" + figures.number(handle) + " с); стоимость обслуживания считается "
                + "по этой медиане, экономия на этих шагах ограничена ею"
                : steps(steps) + " during the contact " + (many ? "take " : "takes ") + figures.number(seconds)
                        + " s, more than the median handle time of touchpoint "
                        + touchpoint + " in the log (" + figures.number(handle) + " s); the cost to serve counts that median, and savings "
                        + "on these steps are capped at it";
    }

    String contactStepsCapped(List<String> steps, double seconds, String touchpoint, double handle) {
        return ru() ? "экономия на шагах во время обращения (" + String.join(", ", steps) + ", " + figures.number(seconds)
                + " с) ограничена handleSeconds точки контакта " + touchpoint + ": " + figures.number(handle) + " с"
                : "the saving on the steps done during the contact (" + String.join(", ", steps) + ", " + figures.number(seconds)
                        + " s) is capped at the handleSeconds of touchpoint " + touchpoint + ": " + figures.number(handle) + " s";
    }

    String contactStepsCappedObserved(List<String> steps, double seconds, String touchpoint, double handle) {
        return ru() ? "экономия на шагах во время обращения (" + String.join(", ", steps) + ", " + figures.number(seconds)
                + " с) ограничена медианой времени обработки точки контакта " + touchpoint + " по журналу: " + figures.number(handle) + " с"
                : "the saving on the steps done during the contact (" + String.join(", ", steps) + ", " + figures.number(seconds)
                        + " s) is capped at the median handle time of touchpoint " + touchpoint + " in the log: " + figures.number(handle) + " s";
    }

    String noContactForSteps(String stage, List<String> steps) {
        boolean many = steps.size() > 1;
        return ru() ? steps(steps) + " этапа " + stage + (many ? " выполняются" : " выполняется")
                + " во время обращения, но этап не задаёт volumePerMonth и handleSeconds обращений, которые обрабатывают сотрудники: "
                + "время " + (many ? "этих шагов" : "этого шага") + " не оценено"
                : steps(steps) + " of stage " + stage + (many ? " are" : " is") + " done during the contact, but the stage "
                        + "gives no volumePerMonth and handleSeconds of contacts people handle: " + (many ? "their" : "its") + " time is not priced";
    }

    // --- not priced

    String notPricedQualitative() {
        return ru() ? "не оценено: выигрыш в согласованности, соответствии требованиям или усилиях клиента, которые цифры пути клиента не оценивают"
                : "not estimated: the gain is in consistency, compliance or customer effort, which the journey's figures do not price";
    }

    String notPricedLacking() {
        return ru() ? "не оценено: в пути клиента нет цифр, чтобы оценить экономию" : "not estimated: the journey lacks the figures to price it";
    }

    String notPricedNoStep() {
        return ru() ? "не оценено: рекомендация не называет шагов, которые можно обойти"
                : "not estimated: the recommendation names no step to route around";
    }
}
