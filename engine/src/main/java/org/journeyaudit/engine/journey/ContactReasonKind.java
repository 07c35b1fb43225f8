package org.journeyaudit.engine.journey;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of demand a contact reason is: {@code progress} (the customer chases a case the journey has not finished:
 * "where is my refund"), {@code policy} (a policy or barrier of the journey makes the customer call), {@code value}
 * (the request the service exists for: a new order, a first question) or {@code other}. Progress and policy contacts
 * are failure demand: the journey causes them by not doing something, or not doing it right, for the customer.
 */
public enum ContactReasonKind implements DocumentEnum {
    PROGRESS("progress"),
    POLICY("policy"),
    VALUE("value"),
    OTHER("other");

    /**
     * How customers and contact centres name progress chasing, in English and Russian, matched in a reason's key when
     * the document does not give its kind: reason keys are written by people who code contacts, so the phrasings are
     * the ones their reason codes use, with hyphens and underscores read as spaces.
     */
    private static final List<String> PROGRESS_PHRASES = List.of("progress", "status", "where is my", "wheres my", "where s my",
            "chasing", "chase", "когда будет", "где мой", "где моя", "где моё", "где мое", "где мои", "статус", "ход рассмотрения",
            "ход обращения", "ход заявки");

    private final String word;

    ContactReasonKind(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    /** Whether contacts of this kind are failure demand: caused by the journey rather than by what the customer came for. */
    public boolean failureDemand() {
        return this == PROGRESS || this == POLICY;
    }

    /**
     * The kind a reason's key names when the document gives none: progress chasing when the key holds one of its
     * phrasings ({@code where-is-my-card}, {@code status-check}, {@code где-мой-заказ}), else unknown. Only progress
     * is recognised so: a policy contact needs its cause, which a key does not give.
     */
    public static Optional<ContactReasonKind> recognised(String reason) {
        if (reason == null) {
            return Optional.empty();
        }
        String words = " " + reason.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[-_'’.]+", " ").replaceAll("\\s+", " ").strip() + " ";
        for (String phrase : PROGRESS_PHRASES) {
            if (words.contains(" " + phrase.replace('ё', 'е'))) {
                return Optional.of(PROGRESS);
            }
        }
        return Optional.empty();
    }
}
