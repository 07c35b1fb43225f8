package org.journeyaudit.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.document.Problems;

/**
 * What every reader promises for any input, however hostile: a document is read, or it is refused with
 * problems a user can act on: each in plain words (no library's class, feature or stack frame) and each
 * at a line the document has; at most {@link Problems#MAX_LISTED} of them, then a note of how many more.
 */
public final class DocumentContract {

    /**
     * Words that only a library's exception text carries: class and package names, parser features, stack
     * frames. Matched case-insensitively.
     */
    private static final List<Pattern> LIBRARY_WORDS = List.of(
            Pattern.compile("java\\.", Pattern.CASE_INSENSITIVE),
            Pattern.compile("exception", Pattern.CASE_INSENSITIVE),
            Pattern.compile("feature", Pattern.CASE_INSENSITIVE),
            Pattern.compile("jackson", Pattern.CASE_INSENSITIVE),
            Pattern.compile("snakeyaml", Pattern.CASE_INSENSITIVE),
            Pattern.compile("tools\\.", Pattern.CASE_INSENSITIVE),
            Pattern.compile("org\\.", Pattern.CASE_INSENSITIVE),
            // a stack frame: "at org.x.Y.method(Y.java:12)" or "(Native Method)"
            Pattern.compile("\\([\\w$]+\\.java:\\d+\\)|\\(Native Method\\)|\\n\\s+at ", Pattern.CASE_INSENSITIVE));

    private DocumentContract() {
    }

    /** A refusal as the contract wants it: at least one problem, each plain and located in the document. */
    public static void refusedPlainly(InvalidDocumentException refused, byte[] content) {
        assertThat(refused.problems()).as("a refused document names at least one problem").isNotEmpty();
        String document = decoded(content);
        int lines = lineCount(document);
        Map<Pattern, Integer> inDocument = new HashMap<>();
        List<Problem> problems = refused.problems();
        if (problems.size() == Problems.MAX_LISTED + 1) {
            // past the listing limit, the last entry says how many more there are: a note on the listing, not a place
            Problem note = problems.get(Problems.MAX_LISTED);
            assertThat(note.message()).matches("and [1-9][0-9]* more problems; the first " + Problems.MAX_LISTED + " are listed");
            assertThat(note.location().known()).as("the note on problems not listed points at no line").isFalse();
            problems = problems.subList(0, Problems.MAX_LISTED);
        }
        assertThat(problems.size()).as("problems listed").isLessThanOrEqualTo(Problems.MAX_LISTED);
        for (Problem problem : problems) {
            assertPlain(problem.message(), document, inDocument);
            if (problem.location().known()) {
                assertThat(problem.location().line()).as("line of '%s' in a document of %d lines", problem.message(), lines)
                        .isBetween(1, lines);
            } else {
                // a document without content has no line to point at; any other document has one for every problem
                assertThat(document.isBlank()).as("'%s' is located nowhere in a document of %d lines", problem.message(), lines).isTrue();
            }
        }
    }

    /**
     * A message a user reads: not blank, and free of library words, unless the document itself wrote them
     * (a message quotes what it refuses): a word counts as leaked when the message holds it more often
     * than the document does.
     */
    public static void assertPlain(String message, String document) {
        assertPlain(message, document, new HashMap<>());
    }

    /** {@code inDocument} keeps the words counted in the document, which hundreds of problems may ask about. */
    private static void assertPlain(String message, String document, Map<Pattern, Integer> inDocument) {
        assertThat(message).as("a problem's message").isNotBlank();
        for (Pattern word : LIBRARY_WORDS) {
            int inMessage = count(word, message);
            if (inMessage > 0) {
                assertThat(inMessage).as("'%s' in the message \"%s\"", word.pattern(), message)
                        .isLessThanOrEqualTo(inDocument.computeIfAbsent(word, w -> count(w, document)));
            }
        }
    }

    /** The document as text for comparisons: malformed bytes as U+FFFD, so that no byte hides a word. */
    public static String decoded(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** Whether the bytes are well-formed UTF-8, the only encoding a document may be written in. */
    public static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Lines as the most generous parser counts them: after LF, CR (alone or before LF), NEL, LS and PS,
     * so that a problem beyond this count points past the document's end whatever the parser.
     */
    static int lineCount(String document) {
        int lines = 1;
        for (int i = 0; i < document.length(); i++) {
            char c = document.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || (c == '\r' && (i + 1 == document.length() || document.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    private static int count(Pattern word, String text) {
        Matcher matcher = word.matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
