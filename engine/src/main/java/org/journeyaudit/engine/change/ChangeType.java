package org.journeyaudit.engine.change;

import org.journeyaudit.engine.journey.DocumentEnum;

/**
 * What kind of change a change request is. Which kinds are significant is not decided here: the
 * classification rules of the rule pack ({@code org/journeyaudit/rules/change}) decide it.
 */
public enum ChangeType implements DocumentEnum {
    NEW_CHANNEL("new-channel", "a new service channel"),
    NEW_IT_SYSTEM("new-it-system", "a new IT system"),
    NEW_PRODUCT("new-product", "a new product or service"),
    INCENTIVE_CHANGE("incentive-change", "a change to the staff incentive system"),
    TARIFF_CHANGE("tariff-change", "a tariff change"),
    NEW_OFFICE("new-office", "a new service office"),
    RESPONSIBLE_CHANGE("responsible-change", "a change of the people responsible for interaction with external units"),
    MAINTENANCE("maintenance", "maintenance of customer-facing systems"),
    OTHER("other", "a change of a kind the standard does not name");

    private final String word;
    private final String description;

    ChangeType(String word, String description) {
        this.word = word;
        this.description = description;
    }

    @Override
    public String word() {
        return word;
    }

    /** The kind in the standard's words, for reasons: "a new IT system". */
    public String description() {
        return description;
    }
}
