package org.journeyaudit.engine.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.journeyaudit.engine.language.Figures;
import org.journeyaudit.engine.language.Language;

/**
 * The wording of every report in one language: headings, labels, column names, summary phrases, the names of
 * severities, priorities, efforts and statuses, and the forms of counted words. Each language's words live in
 * one file, {@code words/<tag>.properties} beside this class, so a report is reworded or translated without
 * touching a renderer; figures are written by {@link Figures}. A placeholder {@code {0}}, {@code {1}} ... takes
 * the arguments in order; a plural entry holds the word's forms separated by {@code |} (English two, Russian
 * three: one, few, many).
 */
public final class ReportWords {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    private static final Map<Language, ReportWords> LOADED = new EnumMap<>(Language.class);

    private final Language language;
    private final Figures figures;
    private final Map<String, String> words;

    private ReportWords(Language language, Map<String, String> words) {
        this.language = language;
        this.figures = Figures.of(language);
        this.words = words;
    }

    public static synchronized ReportWords of(Language language) {
        Language chosen = language == null ? Language.EN : language;
        return LOADED.computeIfAbsent(chosen, l -> new ReportWords(l, load(l)));
    }

    public Language language() {
        return language;
    }

    public Figures figures() {
        return figures;
    }

    /** Every word of the language by its key, in key order. */
    public Map<String, String> all() {
        return words;
    }

    /** The word or phrase of a key, its placeholders filled from the arguments. */
    public String get(String key, Object... arguments) {
        String word = words.get(key);
        if (word == null) {
            throw new IllegalStateException("the report words of " + language.tag() + " have no '" + key + "'");
        }
        // one pass: an argument (a journey's name, say) is never searched for placeholders itself
        Matcher placeholder = PLACEHOLDER.matcher(word);
        StringBuilder filled = new StringBuilder(word.length() + 32);
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            String value = index < arguments.length ? String.valueOf(arguments[index]) : placeholder.group();
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    /** The word of a key when there is one, else the fallback (a family or status a report does not know by name). */
    public String getOr(String key, String fallback) {
        return words.getOrDefault(key, fallback);
    }

    /** A count with its word agreeing: {@code 3 findings} / {@code 3 замечания}; the forms under {@code plural.<word>}. */
    public String count(long count, String word) {
        return figures.plural(count, forms(word));
    }

    /** The word agreeing with a count, without the count: {@code findings} / {@code замечания}. */
    public String word(long count, String word) {
        return figures.word(count, forms(word));
    }

    public String[] forms(String word) {
        return get("plural." + word).split("\\|");
    }

    public String number(double value) {
        return figures.number(value);
    }

    /** An amount with its currency, or the words for an amount the journey gives no data to price. */
    public String money(BigDecimal amount, String currency) {
        return amount == null ? get("notPriced") : figures.money(amount, currency);
    }

    private static Map<String, String> load(Language language) {
        String name = "words/" + language.tag() + ".properties";
        try (InputStream in = ReportWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + ReportWords.class.getName());
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> words = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> words.put(key, properties.getProperty(key)));
            return Collections.unmodifiableMap(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
