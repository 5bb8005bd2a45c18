package org.cstkg.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cstkg.rdf.EntityType;
import org.cstkg.rdf.CST;
import org.cstkg.resolve.EntityResolver.Known;
import org.cstkg.store.Store;

/**
 * Entities that earlier reports put in the store, with their Korean and Chinese names, handed to the resolver so that
 * a thing keeps one IRI from week to week.
 */
final class KnownEntities {

    private static final Query NAMES = QueryFactory.create("""
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?e ?t ?l WHERE {
              ?e a ?t ; rdfs:label|skos:prefLabel|skos:altLabel ?l
              FILTER(STRSTARTS(STR(?e), "%s") && STRSTARTS(STR(?t), "%s"))
              FILTER(LANG(?l) = "ko" || LANG(?l) = "zh-Hans")
            }""".formatted(CST.ID_NS, CST.NS));

    private KnownEntities() {}

    /** The entities of the store, read from its merged default graph. */
    static List<Known> in(Store store) {
        if (store instanceof org.cstkg.store.GraphStore local)
            return in(local);
        Map<String, EntityType> types = new HashMap<>();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        Map<String, String> zh = new HashMap<>();
        store.select(NAMES, rs -> {
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                EntityType type = type(row.getResource("t").getLocalName());
                if (type == null)
                    continue;
                String id = row.getResource("e").getURI().substring(CST.ID_NS.length());
                types.put(id, type);
                String label = row.getLiteral("l").getLexicalForm();
                if (row.getLiteral("l").getLanguage().equals("zh-Hans"))
                    zh.putIfAbsent(id, label);
                else
                    names.computeIfAbsent(id, k -> new HashSet<>()).add(label);
            }
            return null;
        });
        List<Known> out = new ArrayList<>();
        types.forEach((id, t) -> out.add(new Known(id, t, names.getOrDefault(id, Set.of()), zh.get(id))));
        return out;
    }

    /**
     * The same from a local store, by index lookups instead of a query: each entity class's members (one scan of the
     * rdf:type index per class), then each member's labels (its subject index).
     */
    static List<Known> in(org.cstkg.store.GraphStore store) {
        return store.read(() -> {
            org.apache.jena.graph.Graph g = store.dataset().asDatasetGraph().getDefaultGraph();
            Map<String, EntityType> types = new LinkedHashMap<>();
            for (EntityType t : EntityType.values())
                g.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(CST.NS + t.name())).forEachRemaining(tr -> {
                    Node e = tr.getSubject();
                    if (e.isURI() && e.getURI().startsWith(CST.ID_NS))
                        types.put(e.getURI(), t);
                });
            List<Known> out = new ArrayList<>();
            types.forEach((iri, t) -> {
                Node e = NodeFactory.createURI(iri);
                Set<String> names = new HashSet<>();
                String[] zh = { null };
                for (Node p : LABELS)
                    g.find(e, p, Node.ANY).forEachRemaining(tr -> {
                        Node l = tr.getObject();
                        if (!l.isLiteral())
                            return;
                        if (l.getLiteralLanguage().equals("zh-Hans")) {
                            if (zh[0] == null)
                                zh[0] = l.getLiteralLexicalForm();
                        } else if (l.getLiteralLanguage().equals("ko")) {
                            names.add(l.getLiteralLexicalForm());
                        }
                    });
                if (!names.isEmpty() || zh[0] != null)
                    out.add(new Known(iri.substring(CST.ID_NS.length()), t, names, zh[0]));
            });
            return out;
        });
    }

    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode());

    private static EntityType type(String local) {
        try {
            return EntityType.valueOf(local);
        } catch (IllegalArgumentException notAnEntityClass) {
            return null;
        }
    }
}
