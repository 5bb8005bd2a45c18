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

    /** The ingest pipeline; one extractor (gazetteer and matchers) serves every report. */
    static Ingester pipeline() {
        Pipeline pipeline = new Pipeline(SourceReader.create(), true);
        return (store, paths) -> {
            // the documents that were read are in the store; the first failure is reported
            for (Pipeline.Outcome o : Ingest.ingestAll(store, paths, pipeline, null))
                if (!o.ok())
                    throw new SourceException(o.error());
        };
    }
}
