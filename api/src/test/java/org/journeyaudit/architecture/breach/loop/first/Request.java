package org.journeyaudit.architecture.breach.loop.first;

import org.journeyaudit.architecture.breach.loop.second.Reply;

/** Half of a deliberate package cycle: the cycle rule must name it. */
public record Request(String text) {

    public Reply answer() {
        return new Reply(this);
    }
}
