package org.cstkg.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.cstkg.store.Store;

/**
 * Label search without an index, for stores that have none of ours (a remote SPARQL store): every word of the user's
 * text must occur in one label, compared in lower case, a Hanzi word also in its simplified form. It finds what
 * {@link LabelSearch} finds for words written as the label writes them, but it scans every label for every search
 * (seconds on a large store) and does not fold Latin accents or fullwidth forms inside labels.
 */
public final class LabelScan implements NameSearch {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final Store store;

    public LabelScan(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<Hit> find(String text, String typeIri, int limit, int offset) {
        if (limit < 0 || offset < 0)
            throw new IllegalArgumentException("limit and offset must not be negative");
        List<Set<String>> words = words(text);
        StringBuilder filter = new StringBuilder();
        StringBuilder length = new StringBuilder("0");
        for (int i = 0; i < words.size(); i++) {
            List<String> forms = List.copyOf(words.get(i));
            filter.append(i == 0 ? "" : " && ").append('(');
            for (int j = 0; j < forms.size(); j++)
                filter.append(j == 0 ? "" : " || ").append("CONTAINS(?t, ?w").append(i).append('_').append(j).append(')');
            filter.append(')');
            length.append(" + ").append(forms.get(0).length());
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString("""
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?s (MAX(?score) AS ?best) WHERE {
                  ?s rdfs:label|skos:prefLabel|skos:altLabel ?l .
                  FILTER(isIRI(?s))
                  BIND(LCASE(STR(?l)) AS ?t)
                  FILTER(%s)
                  %s
                  BIND((%s) / STRLEN(?t) AS ?score)
                }
                GROUP BY ?s ORDER BY DESC(?best) ?s
                """.formatted(filter, typeIri == null ? "" : "FILTER EXISTS { ?s a ?c . ?c rdfs:subClassOf* ?type }",
                length));
        for (int i = 0; i < words.size(); i++) {
            int j = 0;
            for (String form : words.get(i))
                pss.setLiteral("w" + i + "_" + j++, form);
        }
        if (typeIri != null)
            pss.setIri("type", typeIri);
        Query query = pss.asQuery();
        query.setLimit(limit);
        query.setOffset(offset);
        return store.select(query, rs -> {
            List<Hit> hits = new ArrayList<>();
            rs.forEachRemaining(row -> hits.add(
                    new Hit(row.getResource("s").getURI(), row.getLiteral("best").getDouble())));
            return hits;
        });
    }

    @Override
    public String method() {
        return "substring scan";
    }

    /** Each word of the text (with a letter or digit) in lower case, with its simplified-Hanzi form when different. */
    static List<Set<String>> words(String text) {
        Objects.requireNonNull(text, "text");
        List<Set<String>> out = new ArrayList<>();
        for (String word : SPACE.split(Normalizer.normalize(text, Normalizer.Form.NFKC).strip())) {
            if (word.codePoints().noneMatch(Character::isLetterOrDigit))
                continue;
            Set<String> forms = new LinkedHashSet<>();
            forms.add(word.toLowerCase(Locale.ROOT));
            forms.add(Hanzi.toSimplified(word).toLowerCase(Locale.ROOT));
            out.add(forms);
        }
        if (out.isEmpty())
            throw new IllegalArgumentException("search text must contain a letter or digit");
        return out;
    }
}
