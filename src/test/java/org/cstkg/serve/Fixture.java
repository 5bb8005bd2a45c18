package org.cstkg.serve;

import java.nio.file.Path;
import java.util.List;

import org.cstkg.store.GraphStore;

/** The test fixture ({@code serve/fixture.trig} plus the ontology graph) in a fresh in-memory store. */
public final class Fixture {

    public static final Path TRIG = Path.of("src/test/resources/serve/fixture.trig");

    private Fixture() {}

    public static GraphStore store() {
        GraphStore store = GraphStore.inMemory();
        new InitialLoad((s, paths) -> {
            throw new AssertionError("the fixture has no reports to ingest: " + paths);
        }).load(store, List.of(TRIG));
        return store;
    }
}
