package org.cstkg.serve;

import java.nio.file.Path;
import java.util.List;

import org.cstkg.store.GraphStore;

/** The test fixture ({@code serve/fixture.trig} plus the ontology graph) in a fresh in-memory store. */
public final class Fixture {

    public static final Path TRIG = Path.of("src/test/resources/serve/fixture.trig");
    /** Policy records written in the model of docs/data-model.md ("Policies as records"), on top of the fixture. */
    public static final Path POLICIES = Path.of("src/test/resources/serve/policies.trig");

    private Fixture() {}

    public static GraphStore store() {
        return store(List.of(TRIG));
    }

    /** The fixture with the policy records of {@code serve/policies.trig}. */
    public static GraphStore withPolicies() {
        return store(List.of(TRIG, POLICIES));
    }

    private static GraphStore store(List<Path> files) {
        GraphStore store = GraphStore.inMemory();
        new InitialLoad((s, paths) -> {
            throw new AssertionError("the fixture has no reports to ingest: " + paths);
        }).load(store, files);
        return store;
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
