package org.journeyaudit.engine.spreadsheet;

import java.util.Map;
import java.util.Optional;

/**
 * How an emotion cell reads as the journey document's {@code emotion} (-3 to +3): a whole number in that
 * range as written ({@code -2}, {@code +1}, {@code 0}), or an emoticon, one mouth-stroke a step and the
 * emoji beside them:
 *
 * <pre>
 * -3  :'(  :-'(  D:  😭 😡        +3  :D  :-D  😁 😍 🤩
 * -2  :((  :-((  😞 😣 ☹         +2  :))  :-))  😀 😃 😊
 * -1  :(   :-(   🙁 😕           +1  :)   :-)  🙂
 *  0  :|   :-|   😐
 * </pre>
 */
final class EmotionScale {

    private static final Map<String, Integer> FACES = Map.ofEntries(
            Map.entry(":'(", -3), Map.entry(":-'(", -3), Map.entry("d:", -3), Map.entry("😭", -3), Map.entry("😡", -3),
            Map.entry(":((", -2), Map.entry(":-((", -2), Map.entry("😞", -2), Map.entry("😣", -2), Map.entry("☹", -2), Map.entry("☹️", -2),
            Map.entry(":(", -1), Map.entry(":-(", -1), Map.entry("🙁", -1), Map.entry("😕", -1),
            Map.entry(":|", 0), Map.entry(":-|", 0), Map.entry("😐", 0),
            Map.entry(":)", 1), Map.entry(":-)", 1), Map.entry("🙂", 1),
            Map.entry(":))", 2), Map.entry(":-))", 2), Map.entry("😀", 2), Map.entry("😃", 2), Map.entry("😊", 2),
            Map.entry(":d", 3), Map.entry(":-d", 3), Map.entry("😁", 3), Map.entry("😍", 3), Map.entry("🤩", 3));

    private EmotionScale() {
    }

    /** The emotion a cell gives, or empty when it is neither a whole number from -3 to +3 nor a known emoticon. */
    static Optional<Integer> of(String cell) {
        String text = cell.strip().toLowerCase(java.util.Locale.ROOT).replace('\u2212', '-');
        if (text.matches("[+-]?\\d{1,2}(\\.0+)?")) {
            int value = (int) Double.parseDouble(text);
            return value >= -3 && value <= 3 ? Optional.of(value) : Optional.empty();
        }
        return Optional.ofNullable(FACES.get(text.replace(" ", "")));
    }

    /** How an emotion is written back into a grid: the number itself, so that a round trip keeps it exactly. */
    static String written(int emotion) {
        return emotion > 0 ? "+" + emotion : String.valueOf(emotion);
    }
}
