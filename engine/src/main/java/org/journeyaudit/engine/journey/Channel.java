package org.journeyaudit.engine.journey;

/**
 * A channel the journey is served on; {@code costPerMinute} overrides the journey's own when given.
 * {@code kind} says whether the channel serves the customer at all (a missing kind is a service channel).
 */
public record Channel(String id, String name, ChannelMode mode, Double costPerMinute, ChannelKind kind) {

    public Channel {
        kind = kind == null ? ChannelKind.SERVICE : kind;
    }

    public Channel(String id, String name, ChannelMode mode, Double costPerMinute) {
        this(id, name, mode, costPerMinute, ChannelKind.SERVICE);
    }

    /** Whether the company serves the customer on this channel (not advertising, word of mouth or a partner). */
    public boolean serves() {
        return kind == ChannelKind.SERVICE;
    }

    /** The channel as reports name it: its name, or its id when it has none. */
    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }

    public boolean selfService() {
        return mode == ChannelMode.SELF_SERVICE;
    }
}
