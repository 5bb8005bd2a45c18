package org.cstkg.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.cstkg.serve.Sparql;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/articles/{id}}, {@code /api/reports} and {@code /api/reports/{id}}. */
@RestController
class ArticleController {

    private static final String ARTICLE = """
            SELECT ?title ?report ?part ?category ?number ?date ?lead WHERE {
              ?e a cst:Article .
              OPTIONAL { ?e rdfs:label ?title } OPTIONAL { ?e cst:inReport ?report } OPTIONAL { ?e cst:part ?part }
              OPTIONAL { ?e cst:category ?category } OPTIONAL { ?e cst:articleNumber ?number }
              OPTIONAL { ?e cst:publishedOn ?date } OPTIONAL { ?e cst:lead ?lead }
            } LIMIT 1
            """;
    private static final String SENTENCES = """
            SELECT ?s ?i ?text WHERE { ?s cst:inArticle ?e ; a cst:Sentence . OPTIONAL { ?s cst:sentenceIndex ?i }
              OPTIONAL { ?s cst:text ?text } } ORDER BY ?i ?s
            """;
    private static final String FACTS = """
            SELECT ?st ?s ?p ?o ?sent ?c WHERE { ?st cst:inArticle ?e ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
              OPTIONAL { ?st cst:sourceSentence ?sent } OPTIONAL { ?st cst:confidence ?c } } ORDER BY ?st
            """;
    private static final String MENTIONS = "SELECT ?m WHERE { ?e cst:mentions ?m } ORDER BY ?m";
    private static final String REFERENCES = "SELECT ?u WHERE { ?e cst:reference ?r . ?r cst:url ?u } ORDER BY ?u";
    private static final String REPORTS = """
            SELECT ?e (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?date) (SAMPLE(?pub) AS ?publisher)
                   (COUNT(DISTINCT ?a) AS ?articles) WHERE {
              ?e a cst:Report . OPTIONAL { ?e rdfs:label ?t } OPTIONAL { ?e cst:issueDate ?d }
              OPTIONAL { ?e cst:publisher ?pub } OPTIONAL { ?a cst:inReport ?e }
            } GROUP BY ?e ORDER BY DESC(?date) ?e
            """;
    private static final String REPORT = """
            SELECT ?e (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?date) (SAMPLE(?pub) AS ?publisher)
                   (COUNT(DISTINCT ?a) AS ?articles) WHERE {
              VALUES ?e { ?report } ?e a cst:Report . OPTIONAL { ?e rdfs:label ?t } OPTIONAL { ?e cst:issueDate ?d }
              OPTIONAL { ?e cst:publisher ?pub } OPTIONAL { ?a cst:inReport ?e }
            } GROUP BY ?e
            """;
    private static final String REPORT_ARTICLES = """
            SELECT ?a (SAMPLE(?n) AS ?number) WHERE { ?a cst:inReport ?e . OPTIONAL { ?a cst:articleNumber ?n } }
            GROUP BY ?a ORDER BY ?number ?a
            """;

    record Sentence(String iri, Integer index, String text) {}

    record Fact(String statement, Ref subject, String property, Ref object, String sentence, Double confidence) {}

    record Article(String id, String iri, String title, Ref report, String part, String category, String number,
            String publishedOn, String lead, List<String> references, List<Ref> mentions, List<Fact> facts,
            List<Sentence> sentences) {}

    record Report(String id, String iri, String title, String issueDate, String publisher, int articleCount,
            List<Ref> articles) {}

    private final Sparql sparql;
    private final Summaries summaries;

    ArticleController(Sparql sparql, Summaries summaries) {
        this.sparql = sparql;
        this.summaries = summaries;
    }

    @Operation(summary = "One article with its facts, sentences, mentions and references",
            description = "The id is the IRI after https://w3id.org/cstkg/id/: report/{report}/{article} for an article "
                    + "of a digest (report/kostec-weekly-2023-06-02/1-05), doc/{document}/{article} for other documents.")
    @GetMapping("/api/articles/{kind}/{document}/{article}")
    Article article(@Parameter(description = "report or doc") @PathVariable String kind,
            @Parameter(description = "e.g. kostec-weekly-2023-06-02") @PathVariable String document,
            @Parameter(description = "e.g. 1-05") @PathVariable String article) {
        return article(kind + "/" + document + "/" + article);
    }

    /** Article ids with their slashes as they are. */
    @Hidden
    @GetMapping("/api/articles/{*id}")
    Article article(@PathVariable String id) {
        String iri = Ids.iri(id, "id");
        List<QuerySolution> head = run(ARTICLE, iri);
        if (head.isEmpty())
            throw Problems.notFound("no article " + iri);
        QuerySolution h = head.get(0);
        List<Fact> facts = run(FACTS, iri).stream().map(r -> new Fact(Entities.uri(r, "st"), ref(Entities.uri(r, "s")),
                Labels.compact(Entities.uri(r, "p")), ref(Entities.uri(r, "o")), Entities.uri(r, "sent"),
                r.contains("c") ? r.getLiteral("c").getDouble() : null)).toList();
        List<Sentence> sentences = run(SENTENCES, iri).stream().map(r -> new Sentence(Entities.uri(r, "s"),
                r.contains("i") ? r.getLiteral("i").getInt() : null, Entities.lexical(r, "text"))).toList();
        return new Article(Ids.id(iri), iri, Entities.lexical(h, "title"), ref(Entities.uri(h, "report")),
                Entities.lexical(h, "part"), Entities.lexical(h, "category"), Entities.lexical(h, "number"),
                Entities.lexical(h, "date"), Entities.lexical(h, "lead"),
                run(REFERENCES, iri).stream().map(r -> Entities.lexical(r, "u")).toList(),
                run(MENTIONS, iri).stream().map(r -> ref(Entities.uri(r, "m"))).toList(), facts, sentences);
    }

    @Operation(summary = "All reports, newest first")
    @GetMapping("/api/reports")
    List<Report> reports() {
        return sparql.select(Sparql.query(REPORTS)).stream().map(r -> report(r, List.of())).toList();
    }

    @Operation(summary = "One report with its articles",
            description = "The id is the IRI after https://w3id.org/cstkg/id/, like report/kostec-weekly-2023-06-02.")
    @GetMapping("/api/reports/{kind}/{slug}")
    Report report(@Parameter(description = "report") @PathVariable String kind,
            @Parameter(description = "e.g. kostec-weekly-2023-06-02") @PathVariable String slug) {
        return report(kind + "/" + slug);
    }

    /** Report ids with their slashes as they are. */
    @Hidden
    @GetMapping("/api/reports/{*id}")
    Report report(@PathVariable String id) {
        String iri = Ids.iri(id, "id");
        ParameterizedSparqlString q = Sparql.query(REPORT);
        q.setIri("report", iri);
        List<QuerySolution> rows = sparql.select(q);
        if (rows.isEmpty())
            throw Problems.notFound("no report " + iri);
        return report(rows.get(0), run(REPORT_ARTICLES, iri).stream().map(r -> ref(Entities.uri(r, "a"))).toList());
    }

    private static Report report(QuerySolution r, List<Ref> articles) {
        String iri = Entities.uri(r, "e");
        return new Report(Ids.id(iri), iri, Entities.lexical(r, "title"), Entities.lexical(r, "date"),
                Entities.lexical(r, "publisher"), r.getLiteral("articles").getInt(), articles);
    }

    private Ref ref(String iri) {
        return iri == null ? null : Ref.of(iri, summaries.of(iri).label());
    }

    private List<QuerySolution> run(String query, String iri) {
        ParameterizedSparqlString q = Sparql.query(query);
        q.setIri("e", iri);
        return sparql.select(q);
    }
}
