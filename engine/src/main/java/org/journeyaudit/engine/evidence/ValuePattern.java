package org.journeyaudit.engine.evidence;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression of the mapping that a log value must match whole (as {@code Matcher.matches} reads it). Written
 * by a user and run on every distinct value of a log, so it is bounded twice: its text is at most
 * {@link #LONGEST} characters, and one match may read the value's characters at most {@link #STEPS} times, so that a
 * pattern that backtracks without end on some value gives up on that value (it does not match) instead of stalling the
 * whole run.
 */
public final class ValuePattern {

    /** Longer than any pattern a mapping needs to tell log values apart. */
    public static final int LONGEST = 200;
    /** Character reads one match may make: a linear match of a long value needs a few per character. */
    static final int STEPS = 100_000;

    private final String text;
    private final Pattern pattern;

    private ValuePattern(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /** The compiled pattern, or {@link IllegalArgumentException} saying in plain words why it cannot be one. */
    public static ValuePattern compile(String text) {
        if (text.length() > LONGEST) {
            throw new IllegalArgumentException("a pattern is at most " + LONGEST + " characters, found " + text.length());
        }
        try {
            return new ValuePattern(text, Pattern.compile(text));
        } catch (PatternSyntaxException invalid) {
            throw new IllegalArgumentException("the pattern '" + text + "' is not a valid regular expression: "
                    + invalid.getDescription() + place(invalid.getIndex(), text));
        }
    }

    /** Where in the pattern the mistake is: a character counted from 1, or its end. */
    private static String place(int index, String text) {
        if (index < 0) {
            return "";
        }
        return index >= text.length() ? " at the end of the pattern" : " at character " + (index + 1);
    }

    public String text() {
        return text;
    }

    /** Whether the whole value matches; false too when the match would read the value more than {@link #STEPS} times. */
    public boolean matches(String value) {
        try {
            return pattern.matcher(new CountedText(value)).matches();
        } catch (TooManySteps giveUp) {
            return false;
        }
    }

    /** The value as the matcher reads it, one character at a time, counted. */
    private static final class CountedText implements CharSequence {
        private final String value;
        private int reads;

        CountedText(String value) {
            this.value = value;
        }

        @Override
        public int length() {
            return value.length();
        }

        @Override
        public char charAt(int index) {
            if (++reads > STEPS) {
                throw new TooManySteps();
            }
            return value.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return value.subSequence(start, end);
        }

        @Override
        public String toString() {
            return value;
        }
    }

    private static final class TooManySteps extends RuntimeException {
        TooManySteps() {
            super(null, null, false, false);
        }
    }
}
