package dev.deltascope.numbers;

/** How a number, or every number of one matrix, is written: as a plain decimal or as mantissa × 10^exponent. */
public enum Notation {
    PLAIN, SCIENTIFIC
}
