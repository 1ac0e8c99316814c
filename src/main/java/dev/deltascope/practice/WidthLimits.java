package dev.deltascope.practice;

/**
 * The widths a teacher allows for the hidden layers of new exercises, both inclusive.
 *
 * @param smallest 1..{@value #LARGEST}
 * @param largest smallest..{@value #LARGEST}
 */
public record WidthLimits(int smallest, int largest) {

    /** Wider layers make grids nobody types by hand. */
    public static final int LARGEST = 6;

    public WidthLimits {
        if (smallest < 1 || smallest > LARGEST) {
            throw new IllegalArgumentException("smallest width: must be 1.." + LARGEST + ", was " + smallest);
        }
        if (largest < smallest || largest > LARGEST) {
            throw new IllegalArgumentException("largest width: must be " + smallest + ".." + LARGEST + ", was " + largest);
        }
    }

    /** How many widths are allowed. */
    int count() {
        return largest - smallest + 1;
    }
}
