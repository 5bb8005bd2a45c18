package org.cstkg.linkeddata;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.cstkg.api.Ids;
import org.cstkg.serve.Ontology;
import org.cstkg.serve.ServeProperties;
import org.cstkg.serve.Sparql;
import org.cstkg.serve.StoreStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A VoID description of the dataset at {@code /.well-known/void} (RDF only; Turtle unless asked otherwise). Its own
 * IRIs (the dataset, the SPARQL endpoint) are under the configured public base, never the request's host.
 */
@RestController
class VoidController {

    static final String VOID = "http://rdfs.org/ns/void#";
    private static final String COUNTS = """
            SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) WHERE { ?s ?p ?o }
            """;
    private static final String ENTITIES = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(STRSTARTS(STR(?s), \""
            + Ids.BASE + "\")) }";
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    private static final String CLASSES = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c";

    private final Sparql sparql;
    private final String base;
    private final StoreStatus status;

    VoidController(Sparql sparql, ServeProperties props, StoreStatus status) {
        this.sparql = sparql;
        this.base = props.publicBase();
        this.status = status;
    }

    @GetMapping("/.well-known/void")
    ResponseEntity<byte[]> voidDescription(@RequestHeader(name = "Accept", required = false) String accept,
            @RequestParam(required = false) String format) {
        String mediaType = Negotiation.choose(accept, format);
        if (mediaType == null)
            return Negotiation.notAcceptable("/.well-known/void");
        if (Negotiation.isHtml(mediaType))
            mediaType = "text/turtle";
        return Negotiation.rdf(describe(base), mediaType);
    }

    Model describe(String base) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("cst", Ontology.NS);
        Resource ds = m.createResource(base + "/.well-known/void#cstkg", m.createResource(VOID + "Dataset"));
        ds.addProperty(DCTerms.title, "cstkg: knowledge graph of Chinese science and technology", "en")
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(base + "/sparql"))
                .addProperty(m.createProperty(VOID, "uriSpace"), Ids.BASE)
                .addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(Ontology.IRI))
                .addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(Ids.BASE + "org/miit"))
                .addProperty(m.createProperty(VOID, "rootResource"), m.createResource(base + "/api/reports"))
                .addProperty(m.createProperty(VOID, "dataDump"), m.createResource(base + DumpController.PATH))
                .addProperty(m.createProperty(VOID, "feature"),
                        m.createResource("http://www.w3.org/ns/formats/N-Quads"))
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addLiteral(DCTerms.modified, m.createTypedLiteral(
                        java.util.GregorianCalendar.from(status.status().lastUpdate()
                                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                                .atZone(java.time.ZoneOffset.UTC))));
        QuerySolution counts = sparql.select(Sparql.query(COUNTS)).get(0);
        ds.addLiteral(m.createProperty(VOID, "triples"), counts.getLiteral("triples").getLong());
        ds.addLiteral(m.createProperty(VOID, "distinctSubjects"), counts.getLiteral("subjects").getLong());
        ds.addLiteral(m.createProperty(VOID, "entities"),
                sparql.select(Sparql.query(ENTITIES)).get(0).getLiteral("n").getLong());
        for (QuerySolution row : sparql.select(Sparql.query(CLASSES))) {
            if (!row.get("c").isURIResource())
                continue;
            ds.addProperty(m.createProperty(VOID, "classPartition"), m.createResource()
                    .addProperty(m.createProperty(VOID, "class"), row.getResource("c"))
                    .addLiteral(m.createProperty(VOID, "entities"), row.getLiteral("n").getLong()));
        }
        ds.addProperty(RDF.type, m.createResource(VOID + "Dataset"));
        linksets(m, ds, base);
        return m;
    }

    private static final String LINKS = """
            SELECT ?status (COUNT(DISTINCT ?st) AS ?n) WHERE {
              ?st rdf:predicate skos:exactMatch ; cst:linkTarget ?target ; cst:linkStatus ?status .
              ?st rdf:subject ?s ; rdf:object ?o . ?s skos:exactMatch ?o .
            } GROUP BY ?status ORDER BY ?status
            """;

    /**
     * One void:Linkset per target dataset that the graph links into, with the number of skos:exactMatch links and,
     * in words, how many of them have been checked.
     */
    private void linksets(Model m, Resource ds, String base) {
        m.setNsPrefix("skos", org.apache.jena.vocabulary.SKOS.getURI());
        for (org.cstkg.link.Target t : org.cstkg.link.Target.values()) {
            org.apache.jena.query.ParameterizedSparqlString q = Sparql.query(LINKS);
            q.setLiteral("target", t.id());
            long total = 0;
            StringBuilder statuses = new StringBuilder();
            for (QuerySolution row : sparql.select(q)) {
                long n = row.getLiteral("n").getLong();
                total += n;
                statuses.append(statuses.length() == 0 ? "" : ", ").append(n).append(' ')
                        .append(row.getLiteral("status").getLexicalForm());
            }
            if (total == 0)
                continue;
            Resource target = m.createResource(base + "/.well-known/void#" + t.id(), m.createResource(VOID + "Dataset"))
                    .addProperty(DCTerms.title, TITLES.get(t), "en")
                    .addProperty(m.createProperty(VOID, "uriSpace"), t.iri(""));
            m.createResource(base + "/.well-known/void#links-" + t.id(), m.createResource(VOID + "Linkset"))
                    .addProperty(m.createProperty(VOID, "subjectsTarget"), ds)
                    .addProperty(m.createProperty(VOID, "objectsTarget"), target)
                    .addProperty(m.createProperty(VOID, "linkPredicate"), org.apache.jena.vocabulary.SKOS.exactMatch)
                    .addLiteral(m.createProperty(VOID, "triples"), total)
                    .addProperty(DCTerms.description, "skos:exactMatch links to " + TITLES.get(t) + ": " + statuses
                            + " (data/links/links.tsv)", "en");
            ds.addProperty(m.createProperty(VOID, "subset"), m.createResource(base + "/.well-known/void#links-" + t.id()));
        }
    }

    private static final java.util.Map<org.cstkg.link.Target, String> TITLES = java.util.Map.of(
            org.cstkg.link.Target.WIKIDATA, "Wikidata", org.cstkg.link.Target.ROR, "Research Organization Registry",
            org.cstkg.link.Target.GEONAMES, "GeoNames", org.cstkg.link.Target.DBPEDIA, "DBpedia");
}
