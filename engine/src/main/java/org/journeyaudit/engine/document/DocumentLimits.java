package org.journeyaudit.engine.document;

/**
 * Bounds on what a document may be, so that a hostile or broken file is refused with a message instead
 * of exhausting memory or time. The element counts are checked before a journey is read into the model
 * (and so before any rule runs); each limit passed is one located problem naming the list, its count and
 * the limit.
 *
 * @param maxBytes the size of the document
 * @param maxDepth how deep objects and lists nest
 * @param maxStages stages of a journey
 * @param maxSteps steps of a journey, all stages together
 * @param maxTouchpoints touchpoints of a journey, all stages together
 * @param maxToldItems information items told, all touchpoints together
 * @param maxStepItems items one step asks the customer for, uses or produces (each list); items a decision uses
 * @param maxChannels channels of a journey
 * @param maxSuppressions suppressions of a journey or a suppressions file
 * @param maxIdLength characters of an identifier: an id, a channel, actor or system name, an item key
 * @param maxTextLength characters of any other text
 * @param maxChecks checks of a checks file or request
 */
public record DocumentLimits(long maxBytes, int maxDepth, int maxStages, int maxSteps, int maxTouchpoints, int maxToldItems,
        int maxStepItems, int maxChannels, int maxSuppressions, int maxIdLength, int maxTextLength, int maxChecks) {

    private static final int STAGES = 1_000;
    private static final int STEPS = 10_000;
    private static final int TOUCHPOINTS = 10_000;
    private static final int TOLD_ITEMS = 10_000;
    private static final int STEP_ITEMS = 100;
    private static final int CHANNELS = 100;
    private static final int SUPPRESSIONS = 1_000;
    private static final int ID_LENGTH = 200;
    private static final int TEXT_LENGTH = 4_000;
    private static final int CHECKS = 1_000;

    /**
     * 5 MiB holds thousands of stages; 32 levels is four times what the journey schema needs; the counts
     * are far above any journey mapped by hand, and low enough that an audit of the largest stays within
     * its budget.
     */
    public static final DocumentLimits DEFAULT = new DocumentLimits(5L * 1024 * 1024, 32);

    /** A size and depth, with the default element counts and text lengths. */
    public DocumentLimits(long maxBytes, int maxDepth) {
        this(maxBytes, maxDepth, STAGES, STEPS, TOUCHPOINTS, TOLD_ITEMS, STEP_ITEMS, CHANNELS, SUPPRESSIONS, ID_LENGTH, TEXT_LENGTH, CHECKS);
    }
}
