package org.journeyaudit.engine.journey;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An enumeration written in documents as a lower-case word ({@code self-service}, {@code not-applicable}). */
public interface DocumentEnum {

    String word();

    static <E extends Enum<E> & DocumentEnum> Optional<E> fromWord(Class<E> type, String word) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.word().equals(word)).findFirst();
    }

    static <E extends Enum<E> & DocumentEnum> List<String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(DocumentEnum::word).toList();
    }
}
