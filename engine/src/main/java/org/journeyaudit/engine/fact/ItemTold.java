package org.journeyaudit.engine.fact;

/** An information item told to the customer on at least one touchpoint: the group its values are compared in. */
public record ItemTold(String item) {
}
