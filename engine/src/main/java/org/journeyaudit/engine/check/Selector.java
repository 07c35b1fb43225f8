package org.journeyaudit.engine.check;

import java.util.ArrayList;
import java.util.List;

import org.journeyaudit.engine.journey.ChannelMode;
import org.journeyaudit.engine.journey.TouchpointStatus;

/**
 * Which elements a check judges: every element of its target kind that matches all the filters given
 * (null filters match everything). {@code nameContains} is a plain, case-insensitive substring, never a
 * pattern. A touchpoint selector picks present touchpoints unless it names a status.
 */
public record Selector(Target target, Boolean key, String stage, String nameContains, String channel, ChannelMode channelMode,
        TouchpointStatus status, String item) {

    /** The selector in words, for the check's generated documentation. */
    public String describe() {
        List<String> filters = new ArrayList<>();
        if (key != null) {
            filters.add(key ? "key" : "not key");
        }
        if (stage != null) {
            filters.add((target == Target.STAGE ? "id " : "in stage ") + "'" + stage + "'");
        }
        if (nameContains != null) {
            filters.add("whose name contains '" + nameContains + "' (any case)");
        }
        if (channel != null) {
            filters.add("on channel '" + channel + "'");
        }
        if (channelMode != null) {
            filters.add("on a " + channelMode.word() + " channel");
        }
        if (target == Target.TOUCHPOINT) {
            filters.add("with status " + (status == null ? TouchpointStatus.PRESENT : status).word());
        }
        if (item != null) {
            filters.add("key '" + item + "'");
        }
        return "every " + target.word() + (filters.isEmpty() ? "" : " (" + String.join(", ", filters) + ")");
    }
}
