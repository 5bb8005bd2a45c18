package org.cstkg.cli;

import org.cstkg.store.Store;

/**
 * When to compact after an ingest: TDB2 writes new blocks for every change and keeps the old ones, so a run that
 * replaced documents already in the store, or a large batch, is followed by a compaction; the store then stays
 * proportional to its quads however often documents are re-ingested. Remote stores manage their own space.
 */
final class Compaction {

    /** A batch at least this large is compacted after, even when it only added documents. */
    static final int LARGE_BATCH = 20;

    private Compaction() {}

    /** Compacts if the run replaced documents or was large; returns whether it did. */
    static boolean afterIngest(Store s, long written) {
        if (s.location() == null || s.replacedDocuments() == 0 && written < LARGE_BATCH)
            return false;
        s.compact();
        return true;
    }
}
