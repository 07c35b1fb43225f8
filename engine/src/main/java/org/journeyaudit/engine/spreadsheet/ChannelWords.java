package org.journeyaudit.engine.spreadsheet;

import java.util.List;
import java.util.Optional;

import org.journeyaudit.engine.journey.ChannelKind;
import org.journeyaudit.engine.journey.ChannelMode;

/**
 * What a channel named in a grid is, read from the words of its name, since the journey document needs each
 * channel's {@code mode} and a grid never gives it: a phone, chat, e-mail, manager or office is served by
 * people; a site, app, terminal or personal account serves customers by themselves; advertising, reviews and
 * friends' recommendations are awareness channels; a partner, courier or dealer a partner channel. A word
 * matches the start of a word of the name, case and {@code ё} folded; the first group that matches decides,
 * in the order awareness, partner, people, self-service ({@code EMAIL В ЛК} is an e-mail, served by people).
 * A channel no group matches is named in a label file's {@code channels}.
 */
final class ChannelWords {

    /** A channel's mode and kind as the import writes them. */
    record Nature(ChannelMode mode, ChannelKind kind) {
    }

    private record Group(Nature nature, List<String> starts) {
    }

    private static final List<Group> GROUPS = List.of(
            new Group(new Nature(ChannelMode.SELF_SERVICE, ChannelKind.AWARENESS), List.of("реклам", "advert", "ads", "billboard", "outdoor",
                    "рекомендац", "знакомы", "отзыв", "review", "сми", "media", "word of mouth", "сарафан")),
            new Group(new Nature(ChannelMode.ASSISTED, ChannelKind.PARTNER), List.of("партнер", "partner", "курьер", "courier", "дилер",
                    "dealer", "broker", "брокер", "агентств")),
            new Group(new Nature(ChannelMode.ASSISTED, ChannelKind.SERVICE), List.of("телефон", "phone", "call", "звонок", "колл", "чат",
                    "chat", "email", "e mail", "mail", "почт", "письм", "менеджер", "manager", "офис", "office", "отделени", "branch",
                    "консультант", "агент", "agent", "оператор", "operator", "мастер", "сервисный центр", "service centre",
                    "service center", "стойк", "desk", "reception", "ресепшн", "администратор", "кц", "contact centre", "contact center",
                    "лично", "in person", "визит")),
            new Group(new Nature(ChannelMode.SELF_SERVICE, ChannelKind.SERVICE), List.of("сайт", "web", "site", "веб", "приложени", "app",
                    "терминал", "terminal", "kiosk", "киоск", "лк", "личный кабинет", "portal", "портал", "ivr", "бот", "bot", "social",
                    "соц", "online", "онлайн", "sms", "смс", "push", "уведомлени")));

    private ChannelWords() {
    }

    static Optional<Nature> of(String channelName) {
        String folded = " " + RowLabel.fold(channelName).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (Group group : GROUPS) {
            for (String start : group.starts()) {
                if (folded.contains(" " + start)) {
                    return Optional.of(group.nature());
                }
            }
        }
        return Optional.empty();
    }
}
