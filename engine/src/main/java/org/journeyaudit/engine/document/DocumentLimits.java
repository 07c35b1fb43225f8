package org.journeyaudit.engine.document;

/**
 * Bounds on what a document may be, so that a hostile or broken file is refused with a message instead
 * of exhausting memory.
 */
public record DocumentLimits(long maxBytes, int maxDepth) {

    /** 5 MiB holds thousands of stages; 32 levels is four times what the journey schema needs. */
    public static final DocumentLimits DEFAULT = new DocumentLimits(5L * 1024 * 1024, 32);
}
