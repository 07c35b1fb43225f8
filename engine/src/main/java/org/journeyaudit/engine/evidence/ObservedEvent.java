package org.journeyaudit.engine.evidence;

/**
 * An event as the journey sees it, after the mapping: the stage and step it records (null when it maps to none), the
 * actor who did it (the journey's name for it, or the log's value when the mapping does not map it; null when the log
 * says nobody), that actor's identity key, the support level (0 when not known), the channel of a contact (null when
 * the event is no contact), its activity, its time and the seconds it was handled (null when the log does not say).
 */
record ObservedEvent(long line, String stage, String step, String actor, String actorKey, int level, String channel, String activity,
        long epochSecond, Long handleSeconds) {
}
