package org.cstkg.store;

import java.util.Collection;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;

/**
 * The SPARQL Update operations that keep a remote store's default graph the merged triples of its named graphs, as
 * {@link MergedDefaultGraph} does in a local one. Each runs on the server: no triple travels twice.
 */
final class RemoteUpdates {

    private RemoteUpdates() {}

    /** Copies the triples of {@code graphs} into the default graph. */
    static Update merge(Collection<String> graphs) {
        return one("INSERT { ?s ?p ?o } WHERE { VALUES ?g { " + iris(graphs, " ") + " } GRAPH ?g { ?s ?p ?o } }");
    }

    /**
     * Removes from the default graph the triples of {@code graphs} that no other named graph holds: run before those
     * graphs are dropped or replaced.
     */
    static Update unmerge(Collection<String> graphs) {
        return one("DELETE { ?s ?p ?o } WHERE { VALUES ?g { " + iris(graphs, " ") + " } GRAPH ?g { ?s ?p ?o } "
                + "FILTER NOT EXISTS { GRAPH ?h { ?s ?p ?o } FILTER(?h NOT IN (" + iris(graphs, ", ") + ")) } }");
    }

    /** Writes {@code content} into the graph {@code graph} (which the same request dropped before). */
    static Update insertData(String graph, Model content) {
        Node g = NodeFactory.createURI(graph);
        QuadDataAcc quads = new QuadDataAcc();
        content.getGraph().find().forEachRemaining(t -> quads.addQuad(Quad.create(g, t)));
        return new UpdateDataInsert(quads);
    }

    private static Update one(String update) {
        return UpdateFactory.create(update).getOperations().get(0);
    }

    /** IRIs in SPARQL syntax, escaped: graph names come from documents and are never pasted in raw. */
    private static String iris(Collection<String> graphs, String separator) {
        return graphs.stream().map(g -> NodeFmtLib.strNT(NodeFactory.createURI(g)))
                .collect(Collectors.joining(separator));
    }
}
