package org.journeyaudit.engine.fact;

/** A step whose work passes with no case reference ({@code caseReference: false}): a shared mailbox, a chat, a spreadsheet. */
public record UntrackedWork(String stage, int stageIndex, String step, String actor, String system) {
}
