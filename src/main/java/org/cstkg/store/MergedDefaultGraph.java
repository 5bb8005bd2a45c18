package org.cstkg.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The store's default graph holds every distinct triple of its named graphs, kept up to date as graphs are written and
 * replaced: ordinary queries read one triple table instead of the union of thousands of article graphs, while
 * {@code GRAPH ?g} still finds the article (and sentence) behind each triple. A triple leaves the default graph when
 * the last named graph holding it is removed. Every method runs inside the caller's write transaction. The label index
 * covers the default graph only: named graphs are written past it ({@code named}), the default graph through it
 * ({@code indexed}).
 */
final class MergedDefaultGraph {

    private MergedDefaultGraph() {}

    /** Adds a named graph's triples to the default graph. */
    static void add(DatasetGraph indexed, Graph named) {
        Graph merged = indexed.getDefaultGraph();
        named.find().forEachRemaining(merged::add);
    }

    /** The triples of the graphs about to be removed, to check after with {@link #dropOrphans}. */
    static List<Triple> triplesOf(DatasetGraph dsg, Iterable<Node> graphs) {
        List<Triple> out = new ArrayList<>();
        for (Node g : graphs)
            dsg.getGraph(g).find().forEachRemaining(out::add);
        return out;
    }

    /** Removes from the default graph each triple that no named graph holds any more (an indexed lookup each). */
    static void dropOrphans(DatasetGraph named, DatasetGraph indexed, List<Triple> removed) {
        Graph merged = indexed.getDefaultGraph();
        for (Triple t : removed)
            if (!named.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()).hasNext())
                merged.delete(t);
    }

    /** True when the default graph is empty but named graphs are not: a store written before the merged graph. */
    static boolean missing(DatasetGraph dsg) {
        return dsg.getDefaultGraph().isEmpty() && dsg.listGraphNodes().hasNext();
    }

    /** Fills the default graph from every named graph. */
    static void rebuild(DatasetGraph named, DatasetGraph indexed) {
        List<Node> names = new ArrayList<>();
        named.listGraphNodes().forEachRemaining(names::add);
        for (Node g : names)
            add(indexed, named.getGraph(g));
    }
}
