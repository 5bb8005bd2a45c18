package org.cstkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cstkg.store.GraphStore;
import org.springframework.stereotype.Component;

/**
 * Size and age of the store being served. The server never writes to the store after its first load (and another
 * process cannot while the server holds it), so the figures are computed once, on first use.
 */
@Component
public class StoreStatus {

    /**
     * @param quads       statements stored, over all graphs
     * @param graphs      named graphs (documents, reference data, the ontology)
     * @param inMemory    whether the store is a throw-away in-memory one
     * @param bytesOnDisk size of the store's files (0 in memory)
     * @param lastUpdate  when the store last changed: the newest of its files, or when an in-memory store was loaded
     */
    public record Status(long quads, long graphs, boolean inMemory, long bytesOnDisk, Instant lastUpdate) {}

    private final GraphStore store;
    private final Instant loaded = Instant.now();
    private volatile Status status;

    StoreStatus(GraphStore store) {
        this.store = store;
    }

    public Status status() {
        Status s = status;
        if (s == null)
            status = s = compute();
        return s;
    }

    private Status compute() {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        long[] counts = Txn.calculateRead(dsg, () -> new long[] { Iter.count(dsg.find()), Iter.count(dsg.listGraphNodes()) });
        Path dir = store.location();
        if (dir == null)
            return new Status(counts[0], counts[1], true, 0, loaded);
        long bytes = 0;
        long newest = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (f.getFileName().toString().equals("tdb.lock"))
                    continue; // written when the store is opened, not when it changes
                bytes += Files.size(f);
                newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Status(counts[0], counts[1], false, bytes, newest == 0 ? loaded : Instant.ofEpochMilli(newest));
    }
}
