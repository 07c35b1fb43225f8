package org.journeyaudit.engine.check;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The allow-list of fields a comparison may read, per kind of element. Each is read by fixed engine code
 * ({@link CheckEvaluator}); a name not listed here is refused when the checks are read.
 */
public enum CheckField {
    JOURNEY_OWNER(Target.JOURNEY, "owner", Type.TEXT),
    JOURNEY_KEY(Target.JOURNEY, "key", Type.BOOLEAN),
    JOURNEY_STAGES(Target.JOURNEY, "stages", Type.NUMBER),
    STAGE_STEPS(Target.STAGE, "steps", Type.NUMBER),
    STAGE_HANDOFFS(Target.STAGE, "handoffs", Type.NUMBER),
    STAGE_EMOTION(Target.STAGE, "emotion", Type.NUMBER),
    STAGE_CHANNELS(Target.STAGE, "channels", Type.NUMBER),
    TOUCHPOINT_STATUS(Target.TOUCHPOINT, "status", Type.STATUS),
    TOUCHPOINT_NOTIFIES(Target.TOUCHPOINT, "notifies", Type.BOOLEAN),
    TOUCHPOINT_TRANSFERS(Target.TOUCHPOINT, "transfers", Type.NUMBER),
    TOUCHPOINT_VOLUME(Target.TOUCHPOINT, "volumePerMonth", Type.NUMBER),
    TOUCHPOINT_HANDLE(Target.TOUCHPOINT, "handleSeconds", Type.NUMBER),
    TOUCHPOINT_OUTCOME(Target.TOUCHPOINT, "outcome", Type.TEXT),
    ITEM_CHANNELS(Target.ITEM, "channels", Type.NUMBER);

    /** How a field's value is written and compared. */
    public enum Type { TEXT, NUMBER, BOOLEAN, STATUS }

    private final Target target;
    private final String fieldName;
    private final Type type;

    CheckField(Target target, String fieldName, Type type) {
        this.target = target;
        this.fieldName = fieldName;
        this.type = type;
    }

    public Target target() {
        return target;
    }

    public String fieldName() {
        return fieldName;
    }

    public Type type() {
        return type;
    }

    public static Optional<CheckField> of(Target target, String name) {
        return Arrays.stream(values()).filter(f -> f.target == target && f.fieldName.equals(name)).findFirst();
    }

    /** The names a check over this kind of element may compare. */
    public static List<String> names(Target target) {
        return Arrays.stream(values()).filter(f -> f.target == target).map(CheckField::fieldName).toList();
    }
}
