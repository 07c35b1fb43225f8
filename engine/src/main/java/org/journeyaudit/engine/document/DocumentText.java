package org.journeyaudit.engine.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A document's bytes as text. The UTF-8 is decoded and checked here, before any parser sees it: a
 * parser given bytes decodes them in buffers of its own, and a character outside the Basic Multilingual
 * Plane split across two of them made valid documents fail. Bytes that are not UTF-8, and control
 * characters no YAML or JSON document may hold, are refused with their line and column.
 */
final class DocumentText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private DocumentText() {
    }

    /** The text of {@code content}, without a leading byte order mark; {@link InvalidDocumentException} when it is no UTF-8 text. */
    static String decode(String source, byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw notUtf8(source, content[in.position()], out.flip().toString());
        }
        decoder.flush(out);
        String text = out.flip().toString();
        int controlAt = controlCharacter(text);
        if (controlAt >= 0) {
            char control = text.charAt(controlAt);
            Location at = locationAfter(text.substring(0, controlAt));
            String message = control == 0
                    // a zero byte is how UTF-16 text looks when read as UTF-8
                    ? "the document is not UTF-8: byte 0x00 at line " + at.line() + ", column " + at.column() + "; save it as UTF-8"
                    : "the document holds the control character " + String.format("U+%04X", (int) control) + " at line " + at.line()
                            + ", column " + at.column() + "; remove it";
            throw new InvalidDocumentException(source, InvalidDocumentException.Kind.MALFORMED, List.of(Problem.at(DocPath.ROOT, at, message)));
        }
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static InvalidDocumentException notUtf8(String source, byte offending, String before) {
        Location at = locationAfter(before);
        String message = "the document is not UTF-8: byte " + String.format("0x%02X", offending & 0xFF) + " at line " + at.line()
                + ", column " + at.column() + "; save it as UTF-8";
        return new InvalidDocumentException(source, InvalidDocumentException.Kind.MALFORMED, List.of(Problem.at(DocPath.ROOT, at, message)));
    }

    /** The first C0 control character other than tab, line feed and carriage return; -1 when there is none. */
    private static int controlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    /** Where the character after {@code before} stands: its line, and its column counted in characters as the reader sees them. */
    private static Location locationAfter(String before) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String start = before.substring(lineStart);
        if (line == 1 && !start.isEmpty() && start.charAt(0) == BYTE_ORDER_MARK) {
            start = start.substring(1);
        }
        return new Location(line, start.codePointCount(0, start.length()) + 1);
    }

    /** Where the code point at {@code index} of {@code text} stands. */
    static Location locationOfCodePoint(String text, int index) {
        int offset = text.offsetByCodePoints(0, Math.max(0, Math.min(index, text.codePointCount(0, text.length()))));
        return locationAfter(text.substring(0, offset));
    }
}
