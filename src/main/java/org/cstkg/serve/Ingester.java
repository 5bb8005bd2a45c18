package org.cstkg.serve;

import java.nio.file.Path;
import java.util.List;

import org.cstkg.pipeline.Ingest;
import org.cstkg.pipeline.Pipeline;
import org.cstkg.source.SourceException;
import org.cstkg.source.SourceReader;
import org.cstkg.store.Store;

/** Turns reports into named graphs of the store: the seam between the server and the ingest pipeline. */
@FunctionalInterface
public interface Ingester {

    void ingestAll(Store store, List<Path> paths);

    /**
     * The ingest pipeline; one extractor (gazetteer and matchers) serves every report. It is prepared on the first
     * ingest, not before: a server that starts on a loaded store never needs it, and preparing it took a core for
     * seconds of the start-up.
     */
    static Ingester pipeline() {
        Pipeline[] pipeline = new Pipeline[1];
        return (store, paths) -> {
            synchronized (pipeline) {
                if (pipeline[0] == null)
                    pipeline[0] = new Pipeline(SourceReader.create(), true);
            }
            // the documents that were read are in the store; the first failure is reported
            for (Pipeline.Outcome o : Ingest.ingestAll(store, paths, pipeline[0], null))
                if (!o.ok())
                    throw new SourceException(o.error());
        };
    }
}
