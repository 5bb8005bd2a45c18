package org.cstkg.golden;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.FmtUtils;
import org.cstkg.rdf.CST;

/**
 * TriG with one triple per line, graphs, subjects, predicates and objects in sorted order, so that a regenerated
 * golden file differs from the old one exactly where the graph does.
 */
final class SortedTrig {

    private SortedTrig() {}

    static void write(Dataset ds, OutputStream out) throws IOException {
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefix("cst", CST.NS).setNsPrefix("id", CST.ID_NS)
                .setNsPrefixes(PrefixMapping.Standard).setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/").setNsPrefix("schema", "http://schema.org/");
        Map<String, List<String>> graphs = new TreeMap<>();
        ds.asDatasetGraph().find().forEachRemaining((Quad q) -> graphs
                .computeIfAbsent(q.isDefaultGraph() ? "" : fmt(q.getGraph(), pm), k -> new ArrayList<>())
                .add(fmt(q.getSubject(), pm) + " " + fmt(q.getPredicate(), pm) + " " + fmt(q.getObject(), pm) + " ."));
        StringBuilder b = new StringBuilder();
        pm.getNsPrefixMap().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append("PREFIX ").append(e.getKey()).append(": <").append(e.getValue()).append(">\n"));
        for (Map.Entry<String, List<String>> g : graphs.entrySet()) {
            b.append('\n').append(g.getKey().isEmpty() ? "" : g.getKey() + " ").append("{\n");
            g.getValue().stream().sorted().distinct().forEach(t -> b.append("  ").append(t).append('\n'));
            b.append("}\n");
        }
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String fmt(Node n, PrefixMapping pm) {
        return FmtUtils.stringForNode(n, pm);
    }
}
