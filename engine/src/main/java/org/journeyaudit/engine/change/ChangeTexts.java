package org.journeyaudit.engine.change;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.journeyaudit.engine.fact.Durations;
import org.journeyaudit.engine.language.Figures;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.SavingsFormula;

/**
 * The words of a change impact in the request's language: why a part of a journey is affected, what its exposure
 * could not price, how a related journey's actor matches, why a reference matched nothing, the standard's
 * classification and every checklist item. Identifiers (ids, field paths such as {@code touches.systems[1]},
 * command words) stay as they are written; figures and dates go through {@link Figures}, formulas through
 * {@link SavingsFormula}.
 */
final class ChangeTexts {

    private final Language language;
    private final Figures figures;

    ChangeTexts(Language language) {
        this.language = language == null ? Language.EN : language;
        this.figures = Figures.of(this.language);
    }

    private boolean ru() {
        return language == Language.RU;
    }

    Figures figures() {
        return figures;
    }

    // --- classification

    /** The type in the standard's words: "a new IT system", "новая ИТ-система". */
    String type(ChangeType type) {
        if (!ru()) {
            return type.description();
        }
        return switch (type) {
            case NEW_CHANNEL -> "новый канал обслуживания";
            case NEW_IT_SYSTEM -> "новая ИТ-система";
            case NEW_PRODUCT -> "новый продукт или услуга";
            case INCENTIVE_CHANGE -> "изменение системы мотивации персонала";
            case TARIFF_CHANGE -> "изменение тарифов";
            case NEW_OFFICE -> "новый офис обслуживания";
            case RESPONSIBLE_CHANGE -> "смена ответственных за взаимодействие с внешними подразделениями";
            case MAINTENANCE -> "обслуживание систем, с которыми работают клиенты";
            case OTHER -> "изменение вида, который стандарт не называет";
        };
    }

    /**
     * The standard's reason for its classification. The classification rules word it in English, as the policy they
     * encode is written; in Russian it is worded here from what the rules decided (the class) and the change's type. A
     * reason the change request gives for forcing its own class is the user's own text and is kept as written.
     */
    Classification classification(Classification raised, ChangeType type) {
        if (!ru() || raised.source() != Classification.Source.STANDARD) {
            return raised;
        }
        String reason;
        if (type == ChangeType.OTHER) {
            reason = "Стандарт не относит изменения вида 'other' к существенным, поэтому изменение считается операционным и "
                    + "ведётся через управление контентом; если оно затрагивает каналы, ИТ-системы, продукты или мотивацию, "
                    + "укажите 'significant' в поле classification запроса на изменение.";
        } else if (raised.significance() == Significance.SIGNIFICANT) {
            reason = "Стандарт относит " + accusative(type) + " к существенным изменениям (новый канал обслуживания, новая "
                    + "ИТ-система, новый продукт или услуга, изменение системы мотивации персонала): ведите его как проект.";
        } else {
            reason = "Стандарт относит " + accusative(type) + " к операционным изменениям (тарифы, новые офисы обслуживания, "
                    + "ответственные за взаимодействие с внешними подразделениями, обслуживание систем, с которыми работают "
                    + "клиенты): ведите его через управление контентом.";
        }
        return new Classification(raised.significance(), raised.source(), reason);
    }

    private static String accusative(ChangeType type) {
        return switch (type) {
            case NEW_CHANNEL -> "новый канал обслуживания";
            case NEW_IT_SYSTEM -> "новую ИТ-систему";
            case NEW_PRODUCT -> "новый продукт или услугу";
            case INCENTIVE_CHANGE -> "изменение системы мотивации персонала";
            case TARIFF_CHANGE -> "изменение тарифов";
            case NEW_OFFICE -> "новый офис обслуживания";
            case RESPONSIBLE_CHANGE -> "смену ответственных за взаимодействие с внешними подразделениями";
            case MAINTENANCE -> "обслуживание систем, с которыми работают клиенты";
            case OTHER -> "изменение вида, который стандарт не называет";
        };
    }

    // --- why a part is affected

    String runsInSystem(String system) {
        return (ru() ? "работает в системе " : "runs in system ") + system;
    }

    String doneBy(String actor, String sameLine) {
        return (ru() ? "выполняет " : "done by ") + actor + (sameLine == null || sameLine.isEmpty() ? "" : ", " + sameLine);
    }

    String sameSupportLine(String named) {
        return (ru() ? "та же линия поддержки, что и " : "the same support line as ") + named;
    }

    String productIs(String product) {
        return (ru() ? "продукт пути клиента: " : "the journey's product is ") + product;
    }

    String namedByChange() {
        return ru() ? "названо в запросе на изменение" : "named by the change";
    }

    String onChannel(String channel, String name) {
        return (ru() ? "в канале " : "on channel ") + channel + (name == null ? "" : " (" + name + ")");
    }

    String tellsCustomer(String item) {
        return (ru() ? "сообщает клиенту " : "tells the customer ") + item;
    }

    String asksCustomer(String item) {
        return (ru() ? "запрашивает у клиента " : "asks the customer for ") + item;
    }

    String uses(String item) {
        return (ru() ? "использует " : "uses ") + item;
    }

    String produces(String item) {
        return (ru() ? "создаёт " : "produces ") + item;
    }

    // --- exposure

    String formula(String cell, SavingsFormula formula, String currency) {
        return cell + ": " + formula.explain(currency, language);
    }

    String noHandleSeconds(String cell) {
        return cell + (ru() ? ": не задан handleSeconds" : " gives no handleSeconds");
    }

    String noCostPerMinute(String cell, String channel) {
        return cell + (ru() ? ": costPerMinute не задан ни у канала " + channel + ", ни в economics пути клиента"
                : ": neither channel " + channel + " nor the journey's economics give a costPerMinute");
    }

    String noPresentTouchpoint() {
        return ru() ? "ни одна затронутая точка контакта не присутствует в пути клиента, поэтому обращений нет"
                : "no exposed touchpoint is present, so none carries contacts";
    }

    String noVolume(String cell) {
        return ru() ? "затронутая точка контакта " + cell + " не задаёт volumePerMonth"
                : "the exposed touchpoint " + cell + " gives no volumePerMonth";
    }

    String noneGivesVolume(int cells) {
        return ru() ? "ни одна из " + figures.number(cells) + " затронутых точек контакта не задаёт volumePerMonth"
                : "none of the " + cells + " exposed touchpoints gives volumePerMonth";
    }

    String cellWithoutVolume(String cell) {
        return cell + (ru() ? ": не задан volumePerMonth" : " gives no volumePerMonth");
    }

    // --- references that matched nothing

    private String among(int journeys) {
        if (ru()) {
            return journeys == 1 ? "в проверенном пути клиента" : "в " + figures.plural(journeys, "проверенном пути клиента",
                    "проверенных путях клиента", "проверенных путях клиента");
        }
        return journeys == 1 ? "the journey analysed" : "the " + journeys + " journeys analysed";
    }

    String noJourney(String journey, int journeys) {
        return ru() ? "пути клиента '" + journey + "' нет среди проверенных (" + figures.number(journeys) + ")"
                : "no journey '" + journey + "' among " + among(journeys);
    }

    String noStage(String journey, String stage) {
        return ru() ? "в пути клиента '" + journey + "' нет этапа '" + stage + "'" : "journey '" + journey + "' has no stage '" + stage + "'";
    }

    String noChannel(String name, int journeys) {
        return ru() ? "канала '" + name + "' нет " + among(journeys)
                : "no channel of " + among(journeys) + " is called '" + name + "'";
    }

    String newChannelHint() {
        return ru() ? "; новый канал ни с чем не совпадает, пока пути клиента его не используют: перечислите в 'stages' этапы, которые он будет обслуживать"
                : "; a new channel matches nothing until journeys serve it: name the stages it will serve under 'stages'";
    }

    String noSystem(String name, int journeys) {
        return ru() ? "ни один шаг " + genitive(journeys) + " не работает в системе '" + name + "'"
                : "no step of " + among(journeys) + " runs in system '" + name + "'";
    }

    String noActor(String name, int journeys) {
        return ru() ? "ни один шаг " + genitive(journeys) + " не выполняет '" + name + "'"
                : "no step of " + among(journeys) + " is done by '" + name + "'";
    }

    String noProduct(String name, int journeys) {
        return ru() ? "ни один из проверенных путей клиента (" + figures.number(journeys) + ") не относится к продукту '" + name + "'"
                : "no journey of " + among(journeys) + " is about product '" + name + "'";
    }

    String noItem(String name, int journeys) {
        return ru() ? "ни одна точка контакта, шаг или решение " + genitive(journeys) + " не работает со сведениями '" + name + "'"
                : "no touchpoint, step or decision of " + among(journeys) + " deals with item '" + name + "'";
    }

    private String genitive(int journeys) {
        return journeys == 1 ? "проверенного пути клиента" : "проверенных путей клиента (" + figures.number(journeys) + ")";
    }

    String didYouMean(String name) {
        return ru() ? "; возможно, имелось в виду '" + name + "'?" : "; did you mean '" + name + "'?";
    }

    String givenTwice(String journey, int times, List<String> versions) {
        List<String> named = versions.stream().map(v -> v == null ? (ru() ? "нет" : "none") : v).toList();
        return ru() ? "путь клиента '" + journey + "' передан " + figures.plural(times, "раз", "раза", "раз") + " (версии "
                + String.join(", ", named) + "); каждый анализируется как отдельный путь клиента"
                : "journey '" + journey + "' is given " + times + " times (versions " + String.join(", ", named)
                        + "); each is analysed as a journey of its own";
    }

    // --- checklist

    String date(LocalDate date) {
        return figures.date(date);
    }

    String duration(Duration duration) {
        if (!ru()) {
            return Durations.describe(duration);
        }
        StringBuilder out = new StringBuilder();
        append(out, duration.toDays(), "день", "дня", "дней");
        append(out, duration.toHoursPart(), "час", "часа", "часов");
        append(out, duration.toMinutesPart(), "минута", "минуты", "минут");
        append(out, duration.toSecondsPart(), "секунда", "секунды", "секунд");
        return out.isEmpty() ? "0 минут" : out.toString();
    }

    private void append(StringBuilder out, long amount, String... forms) {
        if (amount > 0) {
            out.append(out.isEmpty() ? "" : " ").append(figures.plural(amount, forms));
        }
    }

    String affectedSteps(long count) {
        return ru() ? figures.plural(count, "затронутый шаг", "затронутых шага", "затронутых шагов")
                : count + " " + (count == 1 ? "affected step" : "affected steps");
    }

    String days(long count) {
        return ru() ? figures.plural(count, "день", "дня", "дней") : count + " " + (count == 1 ? "day" : "days");
    }

    String title(String id) {
        return switch (id) {
            case "requirements" -> ru() ? "Определить новые и изменённые требования и целевые значения"
                    : "Define the new and changed requirements and targets";
            case "journeys-and-metrics" -> ru() ? "Определить все затронутые пути клиента и их метрики"
                    : "Identify every service journey the change affects, and its metrics";
            case "process-design" -> ru() ? "Спроектировать процессы под новые требования" : "Design the processes to meet the requirements";
            case "staffing" -> ru() ? "Определить потребность в персонале и требования к нему"
                    : "Determine staffing needs and staff requirements";
            case "communication-training" -> ru() ? "Своевременно сообщить об изменении и провести обучение персонала"
                    : "Communicate the change and train staff in time";
            case "schedule" -> ru() ? "Составить план внедрения и контролировать его" : "Make and monitor an implementation schedule";
            case "early-audit" -> ru() ? "Провести аудит и тестирование в начале внедрения и внести исправления"
                    : "Audit and test early in the rollout, and correct";
            case "content-update" -> ru() ? "Обновить информацию, которую сообщают клиентам" : "Update the content customers are told";
            default -> throw new IllegalArgumentException("no checklist item '" + id + "'");
        };
    }

    String theChange(ChangeType type, LocalDate planned) {
        return ru() ? "Изменение: " + type(type) + (planned == null ? "" : ", внедрение запланировано на " + date(planned)) + "."
                : "The change: " + type.description() + (planned == null ? "" : ", planned for " + planned) + ".";
    }

    String serviceStandard(String journey, String cell, Duration standard, Duration target) {
        String notGiven = ru() ? "не задан" : "not given";
        String s = standard == null ? notGiven : duration(standard);
        String t = target == null ? (ru() ? "не задано" : notGiven) : duration(target);
        return ru() ? journey + ", " + cell + ": стандарт " + s + ", целевое значение " + t + "."
                : journey + ", " + cell + ": standard " + s + ", target " + t + ".";
    }

    String noServiceStandard() {
        return ru() ? "Ни одна затронутая точка контакта не задаёт стандарт обслуживания (sla)."
                : "No affected touchpoint states a service standard (sla).";
    }

    List<String> requirementsToSupply() {
        return ru() ? List.of("Требования, которым изменение должно отвечать на каждом затронутом этапе и в каждом канале: что клиенты "
                + "могут там сделать, что им сообщают и что они получают.",
                "Целевые значения стандартов обслуживания и метрик пути клиента, на которые должно повлиять изменение.")
                : List.of("The requirements the change must meet on each affected stage and channel: what customers can do there, what "
                        + "they are told and what they get.",
                        "Target values for the service standards and journey metrics the change should move.");
    }

    String metrics(String metrics) {
        return metrics == null ? (ru() ? "метрики не заданы" : "no metrics given") : (ru() ? "метрики " : "metrics ") + metrics;
    }

    String journeyMetrics(String journey, boolean key, String metrics, LocalDate measured) {
        return ru() ? journey + (key ? " (ключевой путь)" : "") + ": " + metrics
                + (measured == null ? "; ни разу не измерялся" : "; последнее измерение " + date(measured)) + "."
                : journey + (key ? " (key journey)" : "") + ": " + metrics + (measured == null ? "; never measured" : "; last measured " + measured) + ".";
    }

    String noJourneyMatches() {
        return ru() ? "Ни один путь клиента портфеля не совпадает с тем, что затрагивает изменение."
                : "No journey of the portfolio matches what the change touches.";
    }

    String relatedShare(int count, String journeys) {
        return ru() ? figures.plural(count, "связанный путь клиента использует", "связанных пути клиента используют",
                "связанных путей клиента используют") + " те же системы или исполнителей, что и затронутые шаги: " + journeys + "."
                : count + (count == 1 ? " related journey shares" : " related journeys share")
                        + " systems or actors with the affected steps: " + journeys + ".";
    }

    String baselineMetrics(String journeys) {
        return ru() ? "Базовые значения метрик (ces, fcr, nps ...) для " + journeys
                + ", измеренные до изменения: стандарт требует измерять пути клиента не реже раза в месяц."
                : "Baseline metrics (ces, fcr, nps ...) for " + journeys
                        + ", measured before the change: the standard measures journeys at least monthly.";
    }

    String relatedAffected() {
        return ru() ? "Затронут ли каждый связанный путь клиента и как." : "Whether each related journey is affected, and how.";
    }

    String missingJourneys() {
        return ru() ? "Затронутые пути клиента, которых нет в портфеле: пути находятся только по именам, перечисленным в запросе на изменение."
                : "Any affected journey the portfolio lacks: journeys are found only by the names the change request lists.";
    }

    String noBackstageStep(String journey, int touchpoints) {
        return ru() ? journey + ": не затронут ни один шаг бэк-офиса; затронутых точек контакта: " + figures.number(touchpoints) + "."
                : journey + ": no backstage step is reached; " + touchpoints + " " + (touchpoints == 1 ? "touchpoint is." : "touchpoints are.");
    }

    String processSteps(String journey, int steps, String ids, String stages, int handoffs) {
        return ru() ? journey + ": " + affectedSteps(steps) + " (" + ids + ") на " + stages + ", передач между исполнителями там: "
                + figures.number(handoffs) + "."
                : journey + ": " + affectedSteps(steps) + " (" + ids + ") in " + stages + ", with " + handoffs + " "
                        + (handoffs == 1 ? "handoff" : "handoffs") + " between actors there.";
    }

    String stage(String id) {
        return (ru() ? "этапе " : "stage ") + id;
    }

    String noJourneyAffected() {
        return ru() ? "Ни один путь клиента портфеля не затронут." : "No journey of the portfolio is affected.";
    }

    String redesignedJourneys() {
        return ru() ? "Перепроектированные пути клиента в виде документов (их версии 'after'); сравните каждый с текущей версией: "
                + "journey-audit diff BEFORE AFTER."
                : "The redesigned journeys as documents (their 'after' versions); compare each with its current version: "
                        + "journey-audit diff BEFORE AFTER.";
    }

    String workload(double minutes, boolean partly) {
        return ru() ? figures.number(minutes) + " мин. работы в месяц" + (partly ? " по шагам, где заданы минуты и объёмы" : "")
                : figures.number(minutes) + " minutes of work a month" + (partly ? " on the steps that give minutes and volumes" : "");
    }

    String workloadUnknown() {
        return ru() ? "нагрузка неизвестна (у шагов не заданы минуты или у их этапов объёмы)"
                : "workload not known (the steps give no minutes or their stages no volumes)";
    }

    String actorSteps(String actor, int count, String where, String workload) {
        return actor + ": " + affectedSteps(count) + (ru() ? " в " : " in ") + where + "; " + workload + ".";
    }

    String noActorWork() {
        return ru() ? "Не затронут ни один шаг бэк-офиса: работа исполнителей не меняется."
                : "No backstage step is reached: no actor's work is known to change.";
    }

    String headcount() {
        return ru() ? "Численность и навыки, которые нужны каждому исполнителю после изменения, и к какому сроку."
                : "The headcount and skills each actor needs after the change, and when they must be in place.";
    }

    String trainActors(String actors) {
        return (ru() ? "Обучить исполнителей затронутых шагов: " : "Train the actors of the affected steps: ") + actors + ".";
    }

    String informOwners(String owners) {
        return (ru() ? "Проинформировать владельцев затронутых путей клиента: " : "Inform the owners of the affected journeys: ") + owners + ".";
    }

    String noOwner(String journeys) {
        return (ru() ? "Не указан владелец для " : "No owner is given for ") + journeys + ".";
    }

    String reviewTold(String told) {
        return (ru() ? "Пересмотреть, что сообщают клиентам: " : "Review what customers are told: ") + told + ".";
    }

    String communicationPlan(LocalDate planned) {
        return ru() ? "План коммуникации и даты обучения, завершённые до " + (planned == null ? "запуска изменения" : date(planned)) + "."
                : "The communication plan and the training dates, completed before "
                        + (planned == null ? "the change goes live" : planned.toString()) + ".";
    }

    String noPlannedDate() {
        return ru() ? "В запросе на изменение не указана плановая дата." : "The change request gives no planned date.";
    }

    String plannedDateToSupply() {
        return ru() ? "Плановая дата (plannedDate)." : "The planned date (plannedDate).";
    }

    String plannedBefore(LocalDate planned, long days, LocalDate asOf) {
        return ru() ? "Плановая дата " + date(planned) + " на " + days(days) + " раньше даты анализа " + date(asOf) + "."
                : "The planned date " + planned + " is " + days(days) + " before the analysis date " + asOf + ".";
    }

    String plannedAfter(LocalDate planned, long days, LocalDate asOf) {
        return ru() ? "Внедрение запланировано на " + date(planned) + ", через " + days(days) + " после даты анализа " + date(asOf) + "."
                : "Planned for " + planned + ", " + days(days) + " after the analysis date " + asOf + ".";
    }

    String milestones() {
        return ru() ? "Контрольные точки (требования, проектирование процессов, персонал, обучение, запуск) с ответственными, и кто "
                + "контролирует план."
                : "Milestones (requirements, process design, staffing, training, go-live) with their owners, and who monitors "
                        + "the schedule.";
    }

    String earlyAuditWithoutDate(int days) {
        return ru() ? "Без плановой даты ранний аудит проводится через " + days(days) + " после запуска."
                : "Without a planned date the early audit is due " + days + " days after go-live.";
    }

    String earlyAuditOn(LocalDate audit, int days, LocalDate firstMeasurement) {
        return ru() ? "Рекомендуемый ранний аудит: " + date(audit) + ", через " + days(days)
                + " после начала внедрения, до первого ежемесячного измерения затронутых путей клиента " + date(firstMeasurement) + "."
                : "Suggested early audit: " + audit + ", " + days + " days into the rollout, before the first monthly measurement of "
                        + "the affected journeys is due on " + firstMeasurement + ".";
    }

    String auditAgain(String journeys) {
        return (ru() ? "Пути клиента для повторного аудита: " : "Journeys to audit again: ") + journeys + ".";
    }

    List<String> earlyAuditToSupply() {
        return ru() ? List.of("Документы 'after' затронутых путей клиента для аудита и сравнения через journey-audit diff BEFORE AFTER.",
                "Кто проводит ранний аудит и кто исправляет найденное.")
                : List.of("The 'after' documents of the affected journeys, to audit and compare with journey-audit diff BEFORE AFTER.",
                        "Who runs the early audit and who corrects what it finds.");
    }

    String contentManagement() {
        return ru() ? "Стандарт ведёт операционные изменения через управление контентом: чек-лист проекта не требуется."
                : "The standard manages operational changes through content management: no project checklist is required.";
    }

    String nothingTold() {
        return ru() ? "Ни одна затронутая точка контакта не сообщает клиенту ничего, что записано в путях клиента."
                : "No touched touchpoint tells the customer anything the journeys record.";
    }

    String toldNow(String told) {
        return (ru() ? "Сообщается сейчас: " : "Told now: ") + told + ".";
    }

    String newContent() {
        return ru() ? "Новая информация для каждой затронутой точки контакта и дата её проверки (infoVerified)."
                : "The new content for each touched touchpoint, and the date it is verified (infoVerified).";
    }

    String whoInformsStaff() {
        return ru() ? "Кто информирует персонал затронутых шагов." : "Who informs the staff of the affected steps.";
    }
}
