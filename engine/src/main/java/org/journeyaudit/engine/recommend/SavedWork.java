package org.journeyaudit.engine.recommend;

import java.math.BigDecimal;

/**
 * Handling time a recommendation saves on one piece of work, in seconds a month: {@code work} names what is saved (a
 * step's minutes, or its minutes in one touchpoint's contacts when it is done during them; the recontacts a step causes at
 * a touchpoint, a touchpoint's transfers, its contacts moving to self-service), {@code pool} the cost to serve it is
 * taken from ({@code step:<id>} or {@code touchpoint:<stage>@<channel>}: a step done during the contact draws on the
 * contacts' handling).
 * Savings on the same work overlap; savings on one pool never exceed it (see {@link SavingsTotal}).
 */
public record SavedWork(String work, String pool, BigDecimal secondsPerMonth) {
}
