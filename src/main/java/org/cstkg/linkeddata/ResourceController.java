package org.cstkg.linkeddata;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.cstkg.api.Entities;
import org.cstkg.api.Ids;
import org.cstkg.api.Labels;
import org.cstkg.serve.Sparql;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /id/{path}} answers for the IRI {@code https://w3id.org/cstkg/id/{path}} directly (200, {@code Vary: Accept}),
 * in HTML or RDF by content negotiation; no 303 hop. The RDF is the resource's outgoing and incoming triples plus the
 * labels of its neighbours, and the statements about it with the text of their sentences and the cited references
 * (a citation-based fact: {@code cst:basis "citation"} and {@code cst:sourceReference}).
 */
@RestController
class ResourceController {

    /** Also the statements about the resource (the first 500) with their sentences and cited references. */
    private static final String DESCRIBE = """
            CONSTRUCT { ?e ?p ?o . ?o rdfs:label ?ol . ?s ?q ?e . ?s rdfs:label ?sl .
                        ?st ?sp ?so . ?sent cst:text ?text . ?ref rdfs:label ?refLabel ; cst:url ?refUrl }
            WHERE {
              { ?e ?p ?o OPTIONAL { FILTER(isIRI(?o)) ?o rdfs:label ?ol } }
              UNION { ?s ?q ?e OPTIONAL { ?s rdfs:label ?sl } }
              UNION { { SELECT DISTINCT ?st WHERE { ?st rdf:subject ?e } ORDER BY ?st LIMIT 500 }
                      ?st ?sp ?so .
                      OPTIONAL { ?st cst:sourceSentence|cst:contextSentence ?sent . ?sent cst:text ?text }
                      OPTIONAL { ?st cst:sourceReference ?ref OPTIONAL { ?ref rdfs:label ?refLabel }
                                 OPTIONAL { ?ref cst:url ?refUrl } } }
            }
            """;

    private final Sparql sparql;
    private final Entities entities;

    ResourceController(Sparql sparql, Entities entities) {
        this.sparql = sparql;
        this.entities = entities;
    }

    @GetMapping("/id/{*path}")
    ResponseEntity<byte[]> resource(@PathVariable String path,
            @RequestHeader(name = "Accept", required = false) String accept,
            @RequestParam(required = false) String format) {
        String mediaType = Negotiation.choose(accept, format);
        if (mediaType == null)
            return Negotiation.notAcceptable("/id" + path);
        String iri = Ids.iri(path, "id");
        if (Negotiation.isHtml(mediaType))
            return Negotiation.html(EntityPage.render(entities.describe(Ids.id(iri))));
        if (!entities.exists(iri))
            throw org.cstkg.api.Problems.notFound("no resource " + iri);
        ParameterizedSparqlString q = Sparql.query(DESCRIBE);
        q.setIri("e", iri);
        Model model = sparql.construct(q);
        model.setNsPrefixes(Labels.prefixes());
        return Negotiation.rdf(model, mediaType);
    }
}
