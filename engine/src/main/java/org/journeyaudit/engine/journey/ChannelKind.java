package org.journeyaudit.engine.journey;

/**
 * What a channel does for the customer. Only a service channel serves stages; awareness channels
 * (advertising, word of mouth, media, outdoor) and partner channels (resellers, brokers, dealers) reach
 * the customer but are not the company serving them, so coverage, switch and consistency rules leave them
 * alone.
 */
public enum ChannelKind implements DocumentEnum {
    SERVICE("service"),
    AWARENESS("awareness"),
    PARTNER("partner");

    private final String word;

    ChannelKind(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
