package org.journeyaudit.engine.journey;

/** A channel the journey is served on; {@code costPerMinute} overrides the journey's own when given. */
public record Channel(String id, String name, ChannelMode mode, Double costPerMinute) {

    public boolean selfService() {
        return mode == ChannelMode.SELF_SERVICE;
    }
}
