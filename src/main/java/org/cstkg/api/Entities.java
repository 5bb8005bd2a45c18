package org.cstkg.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cstkg.serve.Sparql;
import org.springframework.stereotype.Service;

/** Reads one entity and its surroundings out of the store. */
@Service
public class Entities {

    static final String CST = org.cstkg.rdf.CST.NS;

    private static final String OUTGOING = """
            SELECT ?p ?o ?ol WHERE { ?e ?p ?o . OPTIONAL { FILTER(isIRI(?o)) ?o rdfs:label ?ol } }
            """;
    /** Incoming relations, articles and statements an entity's view shows at most. */
    static final int INCOMING_SHOWN = 200, ARTICLES_SHOWN = 50, EVIDENCE_SHOWN = 100;
    /** Relations from the entity the compact view shows at most. */
    static final int OUTGOING_SHOWN = 200;

    private static final String INCOMING_WHERE = "?s ?p ?e . FILTER(isIRI(?s) && ?p NOT IN (cst:mentions, rdf:subject, rdf:object))";
    private static final String INCOMING = """
            SELECT ?s ?p ?sl WHERE {
              { SELECT ?s ?p WHERE { %s } ORDER BY ?p ?s LIMIT %%d OFFSET %%d }
              OPTIONAL { ?s rdfs:label ?sl }
            }
            """.formatted(INCOMING_WHERE);
    // the default graph is a set of triples: with the object fixed, each (?s, ?p) is distinct, so COUNT(*) needs no
    // DISTINCT (which would hold every row in a hash set)
    private static final String INCOMING_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { " + INCOMING_WHERE + " }";
    private static final String MENTIONS = """
            SELECT ?a (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?date) WHERE {
              ?a cst:mentions ?e .
              OPTIONAL { ?a rdfs:label ?t } OPTIONAL { ?a cst:publishedOn ?d }
            } GROUP BY ?a ORDER BY DESC(?date) ?a
            """;
    private static final String MENTIONS_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a cst:mentions ?e }";
    private static final String EVIDENCE = """
            SELECT ?st ?s ?p ?o ?sent ?text ?a ?basis ?ctx ?ctxText ?ref ?refLabel WHERE {
              { SELECT DISTINCT ?st WHERE { { ?st rdf:subject ?e } UNION { ?st rdf:object ?e } } ORDER BY ?st
                LIMIT %d OFFSET %d }
              ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
              OPTIONAL { ?st cst:sourceSentence ?sent . OPTIONAL { ?sent cst:text ?text } }
              OPTIONAL { ?st cst:contextSentence ?ctx . OPTIONAL { ?ctx cst:text ?ctxText } }
              OPTIONAL { ?st cst:sourceReference|cst:referenceSource ?ref . OPTIONAL { ?ref rdfs:label ?refLabel } }
              OPTIONAL { ?st cst:basis ?basis }
              OPTIONAL { ?st cst:inArticle ?a }
            } ORDER BY ?st
            """;
    private static final String EVIDENCE_COUNT = """
            SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { { ?st rdf:subject ?e } UNION { ?st rdf:object ?e } }""";

    /** The three sizes of the compact view in one query: each an index range counted, no list materialised. */
    private static final String COUNTS = """
            SELECT ?incoming ?mentions ?evidence WHERE {
              { SELECT (COUNT(*) AS ?incoming) WHERE { %s } }
              { SELECT (COUNT(*) AS ?mentions) WHERE { ?a cst:mentions ?e } }
              { SELECT (COUNT(DISTINCT ?st) AS ?evidence) WHERE { { ?st rdf:subject ?e } UNION { ?st rdf:object ?e } } }
            }
            """.formatted(INCOMING_WHERE);

    private final Sparql sparql;
    private final PolicyRecords policies;

    Entities(Sparql sparql, PolicyRecords policies) {
        this.sparql = sparql;
        this.policies = policies;
    }

    /** The entity's own statements, read by one query: what both views start from. */
    private record Own(String iri, Map<String, List<String>> labels, Map<String, List<String>> alt,
            Map<String, Ref> types, List<EntityView.Relation> outgoing, List<EntityView.Attribute> attributes,
            String wikidata, String linkStatus) {

        boolean isPolicy() {
            return types.containsKey(CST + "Policy");
        }
    }

    /** The entity with this id, in full; 400 for a malformed id, 404 when the graph says nothing about it. */
    public EntityView describe(String id) {
        Own own = own(id);
        String iri = own.iri();
        return new EntityView(Ids.id(iri), iri, Labels.pick(own.labels()), own.labels(), own.alt(),
                List.copyOf(own.types().values()), own.outgoing(), incomingOf(iri, INCOMING_SHOWN, 0), own.attributes(),
                links(iri, own.wikidata(), own.linkStatus()), mentions(iri, ARTICLES_SHOWN, 0),
                statements(iri, EVIDENCE_SHOWN, 0),
                new EntityView.Totals(count(INCOMING_COUNT, iri), count(MENTIONS_COUNT, iri), count(EVIDENCE_COUNT, iri)),
                own.isPolicy() ? policies.readWithSources(iri) : null);
    }

    /**
     * The entity with this id as a bounded summary: its own statements, its external links and the sizes of its lists,
     * in three queries; 400 for a malformed id, 404 when the graph says nothing about it.
     */
    public CompactEntity summarise(String id) {
        Own own = own(id);
        String iri = own.iri();
        List<QuerySolution> counts = run(COUNTS, iri);
        QuerySolution n = counts.get(0);
        List<EntityView.Relation> outgoing = own.outgoing();
        return new CompactEntity(Ids.id(iri), iri, Labels.pick(own.labels()), own.labels(), own.alt(),
                List.copyOf(own.types().values()), outgoing.subList(0, Math.min(outgoing.size(), OUTGOING_SHOWN)),
                own.attributes(), links(iri, own.wikidata(), own.linkStatus()),
                new CompactEntity.Totals(outgoing.size(), n.getLiteral("incoming").getLong(),
                        n.getLiteral("mentions").getLong(), n.getLiteral("evidence").getLong()),
                CompactEntity.Links.of(Ids.id(iri)), own.isPolicy() ? policies.readWithSources(iri) : null);
    }

    private Own own(String id) {
        String iri = Ids.iri(id, "id");
        List<QuerySolution> out = run(OUTGOING, iri);
        if (out.isEmpty())
            throw Problems.notFound("no resource " + iri);
        Map<String, List<String>> labels = Labels.byLanguage();
        Map<String, List<String>> alt = Labels.byLanguage();
        Map<String, Ref> types = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> targetLabels = new LinkedHashMap<>();
        List<EntityView.Attribute> attributes = new ArrayList<>();
        String wikidata = null, linkStatus = null;
        for (QuerySolution row : out) {
            String p = row.getResource("p").getURI();
            RDFNode o = row.get("o");
            if (o.isLiteral()) {
                Literal lit = o.asLiteral();
                if (p.equals(RDFS.label.getURI()) || p.equals(SKOS.prefLabel.getURI()))
                    Labels.add(labels, lit);
                else if (p.equals(SKOS.altLabel.getURI()))
                    Labels.add(alt, lit);
                else if (p.equals(CST + "wikidata"))
                    wikidata = lit.getLexicalForm();
                else if (p.equals(CST + "linkStatus"))
                    linkStatus = lit.getLexicalForm();
                else {
                    var a = new EntityView.Attribute(Labels.compact(p), lit.getLexicalForm(),
                            lit.getLanguage().isEmpty() ? Labels.compact(lit.getDatatypeURI()) : null,
                            lit.getLanguage().isEmpty() ? null : lit.getLanguage());
                    if (!attributes.contains(a))
                        attributes.add(a);
                }
            } else if (o.isURIResource()) {
                String key = p.equals(RDF.type.getURI()) ? "type " + o.asResource().getURI() : p + " " + o.asResource().getURI();
                Map<String, List<String>> l = targetLabels.computeIfAbsent(key, k -> Labels.byLanguage());
                if (row.contains("ol") && row.get("ol").isLiteral())
                    Labels.add(l, row.getLiteral("ol"));
            }
        }
        List<EntityView.Relation> outgoing = new ArrayList<>();
        targetLabels.forEach((key, l) -> {
            String[] po = key.split(" ", 2);
            if (po[0].equals("type"))
                types.put(po[1], new Ref(null, po[1], l.isEmpty() ? Labels.compact(po[1]) : Labels.pick(l)));
            else
                outgoing.add(new EntityView.Relation(Labels.compact(po[0]), po[0], Ref.of(po[1], Labels.pick(l))));
        });
        return new Own(iri, labels, alt, types, outgoing, attributes, wikidata, linkStatus);
    }

    /** A page of the relations from other resources to an entity; 404 for an unknown entity. */
    public EntityView.Page<EntityView.Relation> incoming(String id, int limit, int offset) {
        String iri = known(id);
        return new EntityView.Page<>(Ids.id(iri), limit, offset, count(INCOMING_COUNT, iri), incomingOf(iri, limit, offset));
    }

    /** A page of the articles that mention an entity, newest first; 404 for an unknown entity. */
    public EntityView.Page<EntityView.ArticleRef> articles(String id, int limit, int offset) {
        String iri = known(id);
        return new EntityView.Page<>(Ids.id(iri), limit, offset, count(MENTIONS_COUNT, iri), mentions(iri, limit, offset));
    }

    /** A page of the statements about an entity with what each rests on; 404 for an unknown entity. */
    public EntityView.Page<EntityView.Evidence> evidence(String id, int limit, int offset) {
        String iri = known(id);
        return new EntityView.Page<>(Ids.id(iri), limit, offset, count(EVIDENCE_COUNT, iri), statements(iri, limit, offset));
    }

    private String known(String id) {
        String iri = Ids.iri(id, "id");
        if (!exists(iri))
            throw Problems.notFound("no resource " + iri);
        return iri;
    }

    private long count(String query, String iri) {
        List<QuerySolution> rows = run(query, iri);
        return rows.isEmpty() ? 0 : rows.get(0).getLiteral("n").getLong();
    }

    /** Whether the graph has any triple with this IRI as subject. */
    public boolean exists(String iri) {
        ParameterizedSparqlString q = Sparql.query("ASK { ?e ?p ?o }");
        q.setIri("e", iri);
        return sparql.ask(q);
    }

    private List<EntityView.Relation> incomingOf(String iri, int limit, int offset) {
        Map<String, Map<String, List<String>>> sources = new LinkedHashMap<>();
        for (QuerySolution row : run(INCOMING.formatted(limit, offset), iri)) {
            String key = row.getResource("p").getURI() + " " + row.getResource("s").getURI();
            Map<String, List<String>> l = sources.computeIfAbsent(key, k -> Labels.byLanguage());
            if (row.contains("sl") && row.get("sl").isLiteral())
                Labels.add(l, row.getLiteral("sl"));
        }
        List<EntityView.Relation> incoming = new ArrayList<>();
        sources.forEach((key, l) -> {
            String[] ps = key.split(" ", 2);
            incoming.add(new EntityView.Relation(Labels.compact(ps[0]), ps[0], Ref.of(ps[1], Labels.pick(l))));
        });
        return incoming;
    }

    private static final String LINKS = """
            SELECT ?target ?id ?status ?checked ?source WHERE {
              ?st rdf:subject ?e ; rdf:predicate skos:exactMatch ; cst:linkTarget ?target ; dcterms:identifier ?id ;
                  cst:linkStatus ?status .
              OPTIONAL { ?st cst:checkedOn ?checked } OPTIONAL { ?st dcterms:source ?source }
            } ORDER BY ?target ?id
            """;

    /**
     * The entity's links from the link table, with status, check date and source; for a store written before the
     * table, its cst:wikidata with cst:linkStatus.
     */
    private List<EntityView.ExternalLink> links(String iri, String wikidata, String status) {
        List<EntityView.ExternalLink> out = new ArrayList<>();
        for (QuerySolution row : run(LINKS, iri)) {
            org.cstkg.link.Target t;
            try {
                t = org.cstkg.link.Target.of(lexical(row, "target"));
            } catch (IllegalArgumentException unknown) {
                continue;
            }
            String id = lexical(row, "id"), s = lexical(row, "status");
            EntityView.ExternalLink l = new EntityView.ExternalLink(t.id(), id, t.page(id), s,
                    "verified-offline".equals(s), lexical(row, "checked"), lexical(row, "source"));
            if (!out.contains(l))
                out.add(l);
        }
        if (out.isEmpty() && wikidata != null) {
            String s = status == null ? "unverified" : status;
            out.add(new EntityView.ExternalLink("wikidata", wikidata, "https://www.wikidata.org/wiki/" + wikidata, s,
                    "verified-offline".equals(s), null, null));
        }
        return out;
    }

    private List<EntityView.ArticleRef> mentions(String iri, int limit, int offset) {
        List<EntityView.ArticleRef> articles = new ArrayList<>();
        for (QuerySolution row : run(MENTIONS + " LIMIT " + limit + " OFFSET " + offset, iri)) {
            String a = row.getResource("a").getURI();
            articles.add(new EntityView.ArticleRef(Ids.id(a), a, lexical(row, "title"), lexical(row, "date")));
        }
        return articles;
    }

    private List<EntityView.Evidence> statements(String iri, int limit, int offset) {
        List<EntityView.Evidence> evidence = new ArrayList<>();
        for (QuerySolution row : run(EVIDENCE.formatted(limit, offset), iri)) {
            String basis = lexical(row, "basis");
            if (basis == null) // graphs made before cst:basis: read from a sentence when they cite one
                basis = row.contains("sent") ? "sentence" : "reference-data";
            evidence.add(new EntityView.Evidence(uri(row, "st"), Ref.of(uri(row, "s"), null),
                    Labels.compact(uri(row, "p")), Ref.of(uri(row, "o"), null), basis, uri(row, "sent"),
                    lexical(row, "text"), uri(row, "ctx"), lexical(row, "ctxText"), uri(row, "a"),
                    row.contains("ref") ? Ref.of(uri(row, "ref"), lexical(row, "refLabel")) : null));
        }
        return evidence;
    }

    private List<QuerySolution> run(String query, String iri) {
        ParameterizedSparqlString q = Sparql.query(query);
        q.setIri("e", iri);
        return sparql.select(q);
    }

    static String lexical(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n != null && n.isLiteral() ? n.asLiteral().getLexicalForm() : null;
    }

    static String uri(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }
}
