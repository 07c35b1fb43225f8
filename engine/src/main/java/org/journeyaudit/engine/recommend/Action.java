package org.journeyaudit.engine.recommend;

import java.util.Arrays;
import java.util.Optional;

import org.journeyaudit.engine.journey.DocumentEnum;
import org.journeyaudit.engine.language.Language;

/** What a recommendation asks the client to do, with the effort it usually takes and how its saving is estimated. */
public enum Action implements DocumentEnum {
    ELIMINATE_STEP("eliminate-step", "Eliminate redundant steps", "Исключить лишние шаги", Effort.LOW, ImpactModel.STEPS_REMOVED),
    MERGE_STEPS("merge-steps", "Do the work once", "Выполнять работу один раз", Effort.LOW, ImpactModel.STEPS_REMOVED),
    ROUTE_DIRECTLY("route-directly", "Route the work directly", "Направлять работу напрямую", Effort.MEDIUM, ImpactModel.STEPS_ROUTED_AROUND),
    REUSE_INFORMATION("reuse-information", "Pass on what the customer already said", "Передавать дальше то, что клиент уже сообщил", Effort.MEDIUM, ImpactModel.QUESTIONS_REMOVED),
    RESOLVE_FIRST_CONTACT("resolve-first-contact", "Resolve at the first contact", "Решать вопрос при первом обращении", Effort.MEDIUM, ImpactModel.RECONTACTS_AVOIDED),
    REDUCE_TRANSFERS("reduce-transfers", "Route contacts to the right person first time", "Сразу направлять обращение нужному сотруднику", Effort.MEDIUM, ImpactModel.TRANSFERS_AVOIDED),
    INTEGRATE_SYSTEMS("integrate-systems", "Hand the case over inside one system", "Передавать обращение внутри одной системы", Effort.HIGH, ImpactModel.NOT_ESTIMATED),
    ADD_CHANNEL("add-channel", "Serve the stage on the channel", "Обслуживать этап в этом канале", Effort.HIGH, ImpactModel.NOT_ESTIMATED),
    DECIDE_COVERAGE("decide-coverage", "Decide the coverage of the cell", "Решить, как покрыта ячейка матрицы", Effort.LOW, ImpactModel.NOT_ESTIMATED),
    ADD_SELF_SERVICE("add-self-service", "Add a self-service option", "Добавить самообслуживание", Effort.HIGH, ImpactModel.SELF_SERVICE_SHIFT),
    NOTIFY_PROACTIVELY("notify-proactively", "Notify the customer of progress", "Уведомлять клиента о ходе обращения", Effort.MEDIUM, ImpactModel.FAILURE_DEMAND_AVOIDED),
    SHORTEN_QUEUE("shorten-queue", "Let customers reach a person without a long wait", "Сократить ожидание ответа сотрудника", Effort.MEDIUM, ImpactModel.NOT_ESTIMATED),
    EXTEND_HOURS("extend-hours", "Open the line in the hours customers need it", "Открыть линию в часы, когда она нужна клиентам", Effort.MEDIUM, ImpactModel.NOT_ESTIMATED),
    ALIGN_INFORMATION("align-information", "Tell the same on every channel", "Сообщать одно и то же во всех каналах", Effort.LOW, ImpactModel.NOT_ESTIMATED),
    ALIGN_OUTCOME("align-outcome", "Give the same result on every channel", "Давать одинаковый результат во всех каналах", Effort.MEDIUM, ImpactModel.NOT_ESTIMATED),
    ALIGN_STANDARD("align-standard", "Work to one service standard on every channel", "Работать по единому стандарту обслуживания во всех каналах", Effort.MEDIUM, ImpactModel.NOT_ESTIMATED),
    VERIFY_INFORMATION("verify-information", "Verify the information customers are told", "Проверить сведения, которые сообщают клиентам", Effort.LOW, ImpactModel.NOT_ESTIMATED),
    ASSIGN_OWNER("assign-owner", "Assign a journey owner", "Назначить владельца пути клиента", Effort.LOW, ImpactModel.NOT_ESTIMATED),
    SCHEDULE_MEASUREMENT("schedule-measurement", "Measure, analyse and review the journey on cadence", "Измерять, анализировать и пересматривать путь клиента в срок", Effort.LOW, ImpactModel.NOT_ESTIMATED),
    RESOLVE_BARRIER("resolve-barrier", "Decide a solution for the barrier", "Определить решение для барьера", Effort.MEDIUM,
            ImpactModel.FAILURE_DEMAND_AVOIDED),
    PAUSE_LINKED_JOURNEY("pause-linked-journey", "Pause the linked journey", "Приостанавливать связанный путь клиента", Effort.MEDIUM, ImpactModel.NOT_ESTIMATED),
    WORK_ON_LOW_POINT("work-on-low-point", "Find and remove the cause of the customer's low point", "Найти и устранить причину эмоционального провала клиента", Effort.MEDIUM, ImpactModel.NOT_ESTIMATED),
    REMOVE_RECURRING_PAIN("remove-recurring-pain", "Remove the common cause of the recurring pain", "Устранить общую причину повторяющейся боли", Effort.MEDIUM, ImpactModel.NOT_ESTIMATED),
    AGREE_OLA("agree-ola", "Agree with the partner a turnaround that fits the standard", "Согласовать с партнёром срок выполнения в пределах стандарта", Effort.MEDIUM, ImpactModel.NOT_ESTIMATED),
    CLOSE_SLA_GAP("close-sla-gap", "Bring the standard to its target", "Привести стандарт к целевому значению", Effort.HIGH, ImpactModel.NOT_ESTIMATED),
    CHANGE_POLICY("change-policy", "Change the policy or remove the barrier that makes customers call",
            "Изменить правило или устранить барьер, из-за которого клиенты обращаются", Effort.MEDIUM, ImpactModel.FAILURE_DEMAND_AVOIDED),
    TELL_UP_FRONT("tell-up-front", "Tell customers up front what they must know", "Заранее сообщать клиенту то, что он должен знать",
            Effort.LOW, ImpactModel.NOT_ESTIMATED),
    DESIGN_SUPPORT_LINE("design-support-line", "Design the support line in, or stop the escalation",
            "Включить линию поддержки в проект пути или прекратить эскалацию", Effort.MEDIUM, ImpactModel.NOT_ESTIMATED),
    UPDATE_VOLUMES("update-volumes", "Bring the document's volumes up to date with the log",
            "Привести объёмы в документе в соответствие с журналом", Effort.LOW, ImpactModel.NOT_ESTIMATED),
    UPDATE_HANDLE_TIMES("update-handle-times", "Bring the document's handle times up to date with the log",
            "Привести время обработки в документе в соответствие с журналом", Effort.LOW, ImpactModel.NOT_ESTIMATED);

    private final String word;
    private final String title;
    private final String russianTitle;
    private final Effort effort;
    private final ImpactModel impactModel;

    Action(String word, String title, String russianTitle, Effort effort, ImpactModel impactModel) {
        this.word = word;
        this.title = title;
        this.russianTitle = russianTitle;
        this.effort = effort;
        this.impactModel = impactModel;
    }

    @Override
    public String word() {
        return word;
    }

    public String title() {
        return title;
    }

    /** What to do, as a recommendation's title starts, in a language. */
    public String title(Language language) {
        return language == Language.RU ? russianTitle : title;
    }

    public Effort defaultEffort() {
        return effort;
    }

    ImpactModel impactModel() {
        return impactModel;
    }

    /** Whether the action takes steps out of the journey or routes the work around them. */
    boolean removesSteps() {
        return this == ELIMINATE_STEP || this == MERGE_STEPS || this == ROUTE_DIRECTLY;
    }

    /** Whether the action stops steps asking the customer for what they ask. */
    boolean removesRequests() {
        return this == REUSE_INFORMATION;
    }

    /**
     * Whether the action tidies the journey's map rather than answers a flaw in the service: deciding the
     * cells of the matrix changes nothing for a customer, so it ranks after every flaw however many cells wait.
     */
    public boolean housekeeping() {
        return this == DECIDE_COVERAGE;
    }

    public static Optional<Action> of(String word) {
        return Arrays.stream(values()).filter(a -> a.word.equals(word)).findFirst();
    }
}
