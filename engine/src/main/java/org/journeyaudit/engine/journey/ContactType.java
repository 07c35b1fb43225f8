package org.journeyaudit.engine.journey;

/**
 * What the volume of a touchpoint counts. Only inbound contacts are handled by people and cost handling time;
 * self-service sessions (app views, web forms) and outbound notifications (SMS, e-mails the company sends) are
 * counted, never priced as handled contacts.
 */
public enum ContactType implements DocumentEnum {
    INBOUND("inbound"),
    SELF_SERVICE("self-service"),
    NOTIFICATION("notification");

    private final String word;

    ContactType(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    /** Whether a person handles the contact, so that its handling time costs money. */
    public boolean handled() {
        return this == INBOUND;
    }
}
