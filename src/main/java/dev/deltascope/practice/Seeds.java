package dev.deltascope.practice;

import java.util.Random;

/** Random streams for exercises, the same on every machine. */
final class Seeds {

    private Seeds() {
    }

    /**
     * A {@code java.util.Random} (whose algorithm Java specifies) seeded with the seed passed
     * through MurmurHash3's 64-bit finaliser first, because Random's first draws from neighbouring
     * seeds S, S + 1, … are nearly the same, and sheets draw exercise i from S + i − 1.
     */
    static Random random(long seed) {
        long h = seed;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return new Random(h);
    }
}
