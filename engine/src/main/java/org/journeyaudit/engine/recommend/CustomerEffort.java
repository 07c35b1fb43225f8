package org.journeyaudit.engine.recommend;

/**
 * What the customer is spared per case: requests for information, minutes of waiting, handoffs
 * behind the scenes, and channel switches.
 */
public record CustomerEffort(int requestsRemoved, double waitMinutesSaved, int handoffsRemoved, int channelSwitchesRemoved) {

    public static final CustomerEffort NONE = new CustomerEffort(0, 0, 0, 0);

    CustomerEffort plus(CustomerEffort other) {
        return new CustomerEffort(requestsRemoved + other.requestsRemoved, waitMinutesSaved + other.waitMinutesSaved,
                handoffsRemoved + other.handoffsRemoved, channelSwitchesRemoved + other.channelSwitchesRemoved);
    }

    int count() {
        return requestsRemoved + handoffsRemoved + channelSwitchesRemoved + (waitMinutesSaved > 0 ? 1 : 0);
    }
}
