package org.journeyaudit.engine.change;

import java.util.Locale;

/** What a change request may name under {@code touches}: each kind is matched against one part of the journeys. */
public enum TouchKind {
    CHANNEL("channels"),
    SYSTEM("systems"),
    ACTOR("actors"),
    PRODUCT("products"),
    ITEM("items"),
    STAGE("stages");

    private final String field;

    TouchKind(String field) {
        this.field = field;
    }

    /** The list under {@code touches} that names things of this kind. */
    public String field() {
        return field;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
