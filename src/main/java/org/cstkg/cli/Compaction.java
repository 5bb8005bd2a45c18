package org.cstkg.cli;

import org.cstkg.store.GraphStore;
import org.cstkg.store.Store;

/**
 * When to compact after an ingest. TDB2 copies the blocks a transaction changes and keeps the old ones, so every
 * ingest into an existing store (a re-ingest above all) leaves garbage. The store is compacted once it has grown to
 * more than {@value #GROWTH} times its size when last compact: its size then stays proportional to its quads, and the
 * cost of compacting, a copy of the store, is paid in proportion to its growth. The first batch into a new store is one
 * transaction and leaves no garbage: its size is recorded as compact. Remote stores manage their own space.
 */
final class Compaction {

    static final double GROWTH = 1.5;

    private Compaction() {}

    /** Compacts if the store has outgrown its compact size; returns whether it did. */
    static boolean afterIngest(Store store) {
        if (!(store instanceof GraphStore s) || s.location() == null)
            return false;
        long compact = s.compactSize();
        if (compact <= 0) {
            s.recordCompactSize();
            return false;
        }
        if (s.sizeOnDisk() <= GROWTH * compact)
            return false;
        s.compact();
        return true;
    }
}
