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
 * Size and age of the store being served, computed on first use and again after the store changed (its change
 * counter moved); another process cannot write while the server holds the store.
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
    private volatile long computedAt = -1;

    StoreStatus(GraphStore store) {
        this.store = store;
    }

    public Status status() {
        Status s = status;
        long changes = store.changes();
        if (s == null || computedAt != changes) {
            status = s = compute();
            computedAt = changes;
        }
        return s;
    }

    private Status compute() {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        long[] counts = Txn.calculateRead(dsg, () -> new long[] { Iter.count(dsg.find()), Iter.count(dsg.listGraphNodes()) });
        Path dir = store.location();
        Instant changed = store.lastChange();
        if (dir == null)
            return new Status(counts[0], counts[1], true, 0, changed == null ? loaded : changed);
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
        Instant files = newest == 0 ? loaded : Instant.ofEpochMilli(newest);
        return new Status(counts[0], counts[1], false, bytes,
                changed != null && changed.isAfter(files) ? changed : files);
    }
}
