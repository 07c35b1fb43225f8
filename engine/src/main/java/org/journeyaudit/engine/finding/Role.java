package org.journeyaudit.engine.finding;

/**
 * The parts elements play in the built-in rules' findings, which recommendation rules address targets by. A
 * rule pack may name roles of its own; these are the ones the built-in rules give.
 */
public final class Role {

    /** What the finding is about: the step, stage, cell, actor or journey a recommendation acts on first. */
    public static final String SUBJECT = "subject";
    /** A step that repeats what an earlier one did or asked for. */
    public static final String REPEAT = "repeat";
    /** The step that first did the work or first had the item. */
    public static final String FIRST = "first";
    /** An item of information the finding concerns. */
    public static final String ITEM = "item";
    /** A step that uses what the subject produces or asks for. */
    public static final String USER = "user";
    /** A step the customer waits at, or that passes the work on. */
    public static final String STEP = "step";
    /** The step or system the work leaves from. */
    public static final String FROM = "from";
    /** The step or system the work goes to. */
    public static final String TO = "to";
    /** A channel the finding concerns. */
    public static final String CHANNEL = "channel";
    /** A system the case is kept in. */
    public static final String SYSTEM = "system";
    /** The actor who only passes the work on. */
    public static final String ACTOR = "actor";
    /** A cell of the matrix where customers are told, served or treated differently. */
    public static final String CELL = "cell";
    /** A stage the finding concerns beside its subject: where a linked journey must pause, where a pain recurs. */
    public static final String STAGE = "stage";

    private Role() {
    }
}
