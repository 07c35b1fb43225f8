package org.journeyaudit.engine.journey;

/**
 * One item the customer is told on a present touchpoint: where, what, and whether the company tells it on a channel
 * that serves ({@code byService}). An advert or a partner tells the customer too, but it is not the company's own
 * telling, which consistency compares across channels.
 */
public record Told(Stage stage, Touchpoint touchpoint, String item, String value, boolean byService) {

    public String channel() {
        return touchpoint.channel();
    }
}
