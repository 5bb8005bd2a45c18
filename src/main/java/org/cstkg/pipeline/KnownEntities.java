package org.cstkg.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
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

    private static EntityType type(String local) {
        try {
            return EntityType.valueOf(local);
        } catch (IllegalArgumentException notAnEntityClass) {
            return null;
        }
    }
}
