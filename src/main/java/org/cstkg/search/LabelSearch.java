package org.cstkg.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * Finds resources by label in any script. The user's text is split on white space and every word must match as a
 * phrase (so {@code 과학원} matches inside {@code 중국과학원}, and {@code sciences academy} still finds "Academy of
 * Sciences"); results are ranked by their best-matching label.
 */
public final class LabelSearch implements NameSearch {

    /** How many label hits Lucene returns at most, before grouping by resource and paging. */
    static final int MAX_HITS = 10_000;
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private static final String QUERY = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?s (MAX(?score) AS ?best) WHERE {
              (?s ?score) text:query (rdfs:label ?lucene ?max) .
              FILTER(isIRI(?s))
            }
            GROUP BY ?s ORDER BY DESC(?best) ?s
            """;

    private static final String TYPED_QUERY = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?s (MAX(?score) AS ?best) WHERE {
              (?s ?score) text:query (rdfs:label ?lucene ?max) .
              FILTER(isIRI(?s))
              FILTER EXISTS { ?s a ?t . ?t rdfs:subClassOf* ?type }
            }
            GROUP BY ?s ORDER BY DESC(?best) ?s
            """;

    private final Dataset dataset;

    public LabelSearch(Dataset dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /**
     * @param text    what the user typed; must contain a letter or digit
     * @param typeIri class IRI the hits must be instances of (directly or through rdfs:subClassOf), or null
     */
    @Override
    public List<Hit> find(String text, String typeIri, int limit, int offset) {
        String lucene = luceneQuery(text);
        if (limit < 0 || offset < 0)
            throw new IllegalArgumentException("limit and offset must not be negative");
        ParameterizedSparqlString pss = new ParameterizedSparqlString(typeIri == null ? QUERY : TYPED_QUERY);
        pss.setLiteral("lucene", lucene);
        pss.setLiteral("max", MAX_HITS);
        if (typeIri != null)
            pss.setIri("type", typeIri);
        Query query = pss.asQuery();
        query.setLimit(limit);
        query.setOffset(offset);
        return Txn.calculateRead(dataset, () -> {
            List<Hit> hits = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                qe.execSelect().forEachRemaining(row -> hits.add(
                        new Hit(row.getResource("s").getURI(), row.getLiteral("best").getDouble())));
            }
            return hits;
        });
    }

    @Override
    public String method() {
        return "label index";
    }

    /** The Lucene query for the user's text: every word a quoted (escaped) phrase, all required. */
    static String luceneQuery(String text) {
        Objects.requireNonNull(text, "text");
        List<String> phrases = new ArrayList<>();
        for (String word : SPACE.split(text.strip())) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit))
                phrases.add('"' + QueryParserBase.escape(word) + '"');
        }
        if (phrases.isEmpty())
            throw new IllegalArgumentException("search text must contain a letter or digit");
        return String.join(" AND ", phrases);
    }
}
