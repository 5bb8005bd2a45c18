package org.cstkg.serve;

import java.nio.file.Path;
import java.util.List;

import org.cstkg.store.GraphStore;

/** The test fixture ({@code serve/fixture.trig} plus the ontology graph) in a fresh in-memory store. */
public final class Fixture {

    public static final Path TRIG = Path.of("src/test/resources/serve/fixture.trig");

    private Fixture() {}

    public static GraphStore store() {
        return load(GraphStore.inMemory());
    }

    /** Loads the fixture into a store (as {@code serve} loads RDF files on first start) and returns the store. */
    public static GraphStore load(GraphStore store) {
        return load(store, TRIG);
    }

    /** Loads an RDF file (a fixture, a dump) as {@code serve --load FILE} does, and returns the store. */
    public static GraphStore load(GraphStore store, Path rdf) {
        new InitialLoad((s, paths) -> {
            throw new AssertionError("no reports to ingest here: " + paths);
        }).load(store, List.of(rdf));
        return store;
    }
}
