package org.journeyaudit.engine.journey;

import java.time.Duration;

/** A call-back the touchpoint promises the customer, and the window it is promised within (null: no time given). */
public record Callback(Duration window) {

    public boolean windowed() {
        return window != null;
    }
}
