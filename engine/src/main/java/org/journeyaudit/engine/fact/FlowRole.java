package org.journeyaudit.engine.fact;

/** How a step touches an information item. */
public enum FlowRole {
    /** The step asks the customer for the item. */
    ASKED,
    /** The step reads the item. */
    USED,
    /** The step brings the item into being. */
    PRODUCED
}
