package dev.deltascope.practice;

/** What the learner gives for a hidden quantity. */
public enum QuestionKind {
    /** Its shape, rows × columns. */
    SHAPE,
    /** Every entry, in a grid of its shape. */
    ENTRIES,
    /** The formula that gives it, picked among candidates. */
    FORMULA
}
