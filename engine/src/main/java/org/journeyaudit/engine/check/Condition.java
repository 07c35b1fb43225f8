package org.journeyaudit.engine.check;

import org.journeyaudit.engine.document.Fields;

/**
 * What a check requires of each element it selects: one operator of the fixed set and its operands.
 * {@code stage} and {@code channel} are read by {@code present-on}, {@code max} by {@code max-handoffs},
 * {@code field} and {@code value} (a Boolean, Double or String, by the field's type) by the comparisons.
 */
public record Condition(Operator operator, String stage, String channel, Integer max, CheckField field, Object value) {

    /** The condition in words, for the check's generated documentation. */
    public String describe() {
        return switch (operator) {
            case PRESENT_ON -> (stage == null ? "the stage" : "stage '" + stage + "'") + " is present on channel '" + channel + "'";
            case SAME_ON_ALL_CHANNELS -> "the item reads the same (case and spacing folded) on every present touchpoint that tells it";
            case MAX_HANDOFFS -> "the stage hands the work between actors at most " + max + " times";
            case EQUALS -> field.fieldName() + " equals " + shown();
            case NOT_EQUALS -> field.fieldName() + " does not equal " + shown();
            case AT_LEAST -> field.fieldName() + " is at least " + shown();
            case AT_MOST -> field.fieldName() + " is at most " + shown();
        };
    }

    String shown() {
        return value instanceof Double number ? Fields.format(number) : String.valueOf(value);
    }
}
