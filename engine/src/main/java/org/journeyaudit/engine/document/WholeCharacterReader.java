package org.journeyaudit.engine.document;

import java.io.Reader;

/**
 * Hands a text to the YAML parser without ever ending a read between the two halves of a character
 * outside the Basic Multilingual Plane. The YAML parser reads in chunks and fails (an index out of
 * bounds) when a chunk ends on a high surrogate at the edge of its buffer, which made valid documents
 * with an emoji near byte 1,025 (and every 1,024 characters after) unreadable.
 */
final class WholeCharacterReader extends Reader {

    private final String text;
    private int position;

    WholeCharacterReader(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position >= text.length()) {
            return -1;
        }
        int count = Math.min(length, text.length() - position);
        if (count > 1 && Character.isHighSurrogate(text.charAt(position + count - 1))) {
            count--; // the pair is handed over whole by the next read
        }
        text.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    @Override
    public void close() {
        // a text holds nothing to release
    }
}
