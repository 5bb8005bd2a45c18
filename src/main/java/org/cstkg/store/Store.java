package org.cstkg.store;

import java.nio.file.Path;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.cstkg.search.NameSearch;

/**
 * Where the graph lives: a local TDB2 directory ({@link GraphStore}) or any SPARQL 1.1 store reached over HTTP
 * ({@link RemoteStore}). Documents are written as sets of named graphs that replace, never add to, the graphs of an
 * earlier load of the same document. The default graph holds the distinct triples of all the named graphs, kept up to
 * date by every write, and ordinary queries read it; {@code GRAPH ?g} still finds the article behind a triple.
 */
public interface Store extends AutoCloseable {

    /** What kind of store this is. */
    enum Kind {
        /** a TDB2 directory on this machine */
        TDB2,
        /** a throw-away TDB2 store in memory */
        MEMORY,
        /** a SPARQL 1.1 store over HTTP (Query, Update, Graph Store Protocol) */
        REMOTE
    }

    /** Quads and named graphs in the store. */
    record Size(long quads, long graphs) {}

    Kind kind();

    /** The store as the user named it (a directory, a URL, or {@code mem:}), for messages. */
    String name();

    /** The store directory, or null for an in-memory or remote store. */
    default Path location() {
        return null;
    }

    /**
     * Replaces every graph an earlier load of the document {@code graphPrefix} wrote (its own graph, the article
     * graphs it lists, its reference and summary graphs) by the graphs in {@code graphs}. A local store does it in one
     * transaction; a remote one writes the document's own graph last, so that a document whose graph is present is
     * complete.
     */
    void replaceGraphs(String graphPrefix, Dataset graphs);

    /**
     * True when the store holds exactly {@code graphs} for the document {@code graphPrefix}: the same graph names as
     * {@link #replaceGraphs} would replace, each with the same triples. Writing them again would change nothing, so an
     * ingest leaves such a document alone (and the store as it was). A store that cannot tell cheaply answers false.
     */
    default boolean holds(String graphPrefix, Dataset graphs) {
        return false;
    }

    /**
     * Runs several writes as one transaction where the store has them (all happen or none); a remote store has none
     * across requests and runs them one after the other, each document written as {@link #replaceGraphs} says.
     */
    default void inOneTransaction(Runnable writes) {
        writes.run();
    }

    /** Replaces one named graph (e.g. the ontology). */
    void replaceGraph(String graphName, Model content);

    boolean isEmpty();

    /**
     * Runs a SELECT query, with the merged triples of the named graphs as the default graph, and hands its results to
     * {@code reader}, which must read them before it returns.
     */
    <T> T select(Query query, Function<ResultSet, T> reader);

    /**
     * As {@link #select}, for a query the server runs for itself in the background, such as reading every label to
     * build an index: a local store does not cancel it after the request timeout its context sets.
     */
    default <T> T selectInBackground(Query query, Function<ResultSet, T> reader) {
        return select(query, reader);
    }

    boolean ask(Query query);

    /** The answer of a CONSTRUCT or DESCRIBE query, copied into memory. */
    Model construct(Query query);

    /** Runs {@code action} on the union of the named graphs as one graph (a remote store's is copied first). */
    <T> T readUnion(Function<Graph, T> action);

    Size size();

    /** Label search in any script: the Lucene label index where there is one, a substring scan otherwise. */
    NameSearch search();

    /** Documents written since this store was opened that replaced an earlier load of themselves. */
    default int replacedDocuments() {
        return 0;
    }

    /** Reclaims the space replaced graphs left behind, where the store does not do so itself (TDB2 on disk). */
    default void compact() {}

    /** Bytes the store takes on disk, or 0 where unknown (in memory, remote). */
    default long sizeOnDisk() {
        return 0;
    }

    @Override
    void close();
}
