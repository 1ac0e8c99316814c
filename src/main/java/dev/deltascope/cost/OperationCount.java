package dev.deltascope.cost;

/**
 * The work of one computation: how many multiply-adds it performs (a multiplication, with or
 * without the addition that follows it) and how many doubles it stores in the vectors and
 * matrices it creates.
 *
 * @param multiplyAdds multiplications performed, each possibly fused with an addition
 * @param doubles numbers written into newly created vectors and matrices
 */
public record OperationCount(long multiplyAdds, long doubles) {

    public static final OperationCount NONE = new OperationCount(0, 0);

    public OperationCount {
        if (multiplyAdds < 0 || doubles < 0) {
            throw new IllegalArgumentException("an operation count must not be negative, was " + multiplyAdds
                    + " multiply-adds and " + doubles + " doubles");
        }
    }

    /** Both computations, one after the other. */
    public OperationCount plus(OperationCount other) {
        return new OperationCount(multiplyAdds + other.multiplyAdds, doubles + other.doubles);
    }

    /** The same computation repeated {@code times} times, e.g. once per example of a batch of m. */
    public OperationCount times(long times) {
        if (times < 0) {
            throw new IllegalArgumentException("times must not be negative, was " + times);
        }
        return new OperationCount(multiplyAdds * times, doubles * times);
    }
}
