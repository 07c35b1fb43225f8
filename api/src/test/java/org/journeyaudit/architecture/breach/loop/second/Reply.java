package org.journeyaudit.architecture.breach.loop.second;

import org.journeyaudit.architecture.breach.loop.first.Request;

/** The other half of the deliberate package cycle. */
public record Reply(Request request) {
}
