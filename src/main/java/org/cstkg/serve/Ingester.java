package org.cstkg.serve;

import java.nio.file.Path;
import java.util.List;

import org.cstkg.pipeline.Ingest;
import org.cstkg.store.GraphStore;

/** Turns reports into named graphs of the store: the seam between the server and the ingest pipeline. */
@FunctionalInterface
public interface Ingester {

    void ingestAll(GraphStore store, List<Path> paths);

    /** The ingest pipeline. */
    static Ingester pipeline() {
        return (store, paths) -> Ingest.ingestAll(store, paths);
    }
}
