package org.cstkg.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.cstkg.serve.Sparql;
import org.springframework.stereotype.Component;

/**
 * The concepts of the SKOS schemes of {@code ontology/schemes.ttl} (document types, levels) as the store holds them:
 * a concept's labels for answers, and the concept a client's parameter names (notation 专项行动, slug
 * zhuanxiang-xingdong, or a Korean, Chinese or English label).
 */
@Component
class Concepts {

    static final String DOCUMENT_TYPES = Ids.BASE + "document-type", LEVELS = Ids.BASE + "level";
    /** The languages a concept is shown in. */
    static final List<String> LANGS = List.of("ko", "zh-Hans", "en");

    private static final String CONCEPTS = """
            SELECT ?c ?n ?l ?broader WHERE {
              ?c skos:inScheme ?scheme .
              OPTIONAL { ?c skos:notation ?n }
              OPTIONAL { ?c skos:prefLabel|skos:altLabel ?l }
              OPTIONAL { ?c skos:broader ?broader }
            } ORDER BY ?c
            """;

    private final Sparql sparql;

    Concepts(Sparql sparql) {
        this.sparql = sparql;
    }

    /** The concept with its labels; a concept the store does not describe keeps its IRI and id only. */
    PolicyRecord.Concept of(String iri) {
        ParameterizedSparqlString q = Sparql.query("""
                SELECT ?n ?l WHERE { OPTIONAL { ?c skos:notation ?n } OPTIONAL { ?c skos:prefLabel ?l } }""");
        q.setIri("c", iri);
        String notation = null;
        Map<String, String> labels = new TreeMap<>();
        for (QuerySolution row : sparql.select(q)) {
            if (notation == null)
                notation = Entities.lexical(row, "n");
            if (row.contains("l") && row.get("l").isLiteral() && LANGS.contains(row.getLiteral("l").getLanguage()))
                labels.putIfAbsent(row.getLiteral("l").getLanguage(), row.getLiteral("l").getLexicalForm());
        }
        String label = labels.getOrDefault("ko", labels.getOrDefault("en", notation));
        return new PolicyRecord.Concept(Ids.id(iri), iri, notation, label, labels);
    }

    /**
     * The concept of {@code scheme} a parameter names, with the concepts narrower than it (a search for 意见 finds
     * 指导意见 too); a 400 for {@code parameter} listing the notations when none matches.
     */
    List<String> find(String scheme, String value, String parameter) {
        String wanted = key(value);
        Map<String, String> broader = new LinkedHashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, String> notations = new LinkedHashMap<>();
        ParameterizedSparqlString q = Sparql.query(CONCEPTS);
        q.setIri("scheme", scheme);
        for (QuerySolution row : sparql.select(q)) {
            String c = Entities.uri(row, "c");
            List<String> n = names.computeIfAbsent(c,
                    k -> new ArrayList<>(List.of(key(c.substring(c.lastIndexOf('/') + 1))))); // the slug
            for (String v : new String[] { "n", "l" })
                if (Entities.lexical(row, v) != null)
                    n.add(key(Entities.lexical(row, v)));
            if (Entities.lexical(row, "n") != null)
                notations.putIfAbsent(c, Entities.lexical(row, "n"));
            if (Entities.uri(row, "broader") != null)
                broader.put(c, Entities.uri(row, "broader"));
        }
        String match = names.entrySet().stream().filter(e -> e.getValue().contains(wanted)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        if (match == null)
            throw Problems.badParameter(parameter, "unknown " + (scheme.equals(LEVELS) ? "level" : "document type")
                    + " '" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'; one of "
                    + String.join(", ", notations.values()) + " (or their slugs, Korean or English names)");
        List<String> found = new ArrayList<>(List.of(match));
        for (String c : names.keySet())
            if (!c.equals(match) && below(c, match, broader))
                found.add(c);
        return found;
    }

    private static boolean below(String c, String ancestor, Map<String, String> broader) {
        String b = broader.get(c);
        for (int depth = 0; b != null && depth < 10; depth++, b = broader.get(b))
            if (b.equals(ancestor))
                return true;
        return false;
    }

    /** Names compared without case, spaces, hyphens or underscores: "Special Action" = special-action. */
    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
