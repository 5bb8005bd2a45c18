package org.cstkg.generate;

/** One file's random seed from the corpus seed and the file's number (SplitMix64's finaliser). */
final class Seeds {

    private Seeds() {}

    static long mix(long seed, int number) {
        long z = seed * 0x9E3779B97F4A7C15L + number;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
