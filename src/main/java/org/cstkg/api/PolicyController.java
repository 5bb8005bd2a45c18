package org.cstkg.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.cstkg.serve.Sparql;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/policies}: policies by issuing (or co-issuing) body and year. */
@RestController
class PolicyController {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private static final String POLICIES = """
            SELECT ?p (SAMPLE(?y) AS ?year) (SAMPLE(?n) AS ?count) WHERE {
              ?p a cst:Policy .
              OPTIONAL { ?p cst:issuedYear ?y } OPTIONAL { ?p cst:coIssuerCount ?n }
              BIND(?wantYear AS ?w) FILTER(!BOUND(?w) || STR(?y) = ?w)
            } GROUP BY ?p ORDER BY ?year ?p
            """;
    private static final String POLICIES_BY_ISSUER = """
            SELECT ?p (SAMPLE(?y) AS ?year) (SAMPLE(?n) AS ?count) WHERE {
              VALUES (?i) { ?issuers }
              ?p a cst:Policy ; cst:issuedBy ?i .
              OPTIONAL { ?p cst:issuedYear ?y } OPTIONAL { ?p cst:coIssuerCount ?n }
              BIND(?wantYear AS ?w) FILTER(!BOUND(?w) || STR(?y) = ?w)
            } GROUP BY ?p ORDER BY ?year ?p
            """;
    private static final String ISSUERS = "SELECT DISTINCT ?i WHERE { ?e cst:issuedBy ?i } ORDER BY ?i";

    record Policy(String id, String iri, String label, Map<String, List<String>> labels, String year,
            Integer coIssuerCount, List<Ref> issuers) {}

    record Policies(String issuer, String year, List<Ref> matchedIssuers, List<Policy> items) {}

    private final Sparql sparql;
    private final Summaries summaries;

    PolicyController(Sparql sparql, Summaries summaries) {
        this.sparql = sparql;
        this.summaries = summaries;
    }

    @Operation(summary = "Policies, optionally by issuing body and year")
    @GetMapping("/api/policies")
    Policies policies(@Parameter(description = "an entity id (org/miit) or a name in any script (공업정보화부, 工信部, MIIT)")
            @RequestParam(required = false) String issuer,
            @Parameter(description = "issue year, four digits") @RequestParam(required = false) String year) {
        if (year != null && !YEAR.matcher(year.strip()).matches())
            throw Problems.badParameter("year", "must be four digits, like 2023");
        List<String> issuers = issuer == null || issuer.isBlank() ? null : issuers(issuer.strip());
        List<Policy> items = new ArrayList<>();
        if (issuers == null || !issuers.isEmpty()) {
            ParameterizedSparqlString q = Sparql.query(issuers == null ? POLICIES : POLICIES_BY_ISSUER);
            if (issuers != null)
                q.setValues("issuers", issuers.stream().map(ResourceFactory::createResource).toList());
            if (year != null)
                q.setLiteral("wantYear", year.strip());
            for (QuerySolution row : sparql.select(q))
                items.add(policy(row));
        }
        List<Ref> matched = issuers == null ? null
                : issuers.stream().map(i -> Ref.of(i, summaries.of(i).label())).toList();
        return new Policies(issuer, year, matched, items);
    }

    private Policy policy(QuerySolution row) {
        String iri = row.getResource("p").getURI();
        Summaries.Summary s = summaries.of(iri);
        ParameterizedSparqlString q = Sparql.query(ISSUERS);
        q.setIri("e", iri);
        List<Ref> issuers = sparql.select(q).stream()
                .map(r -> r.getResource("i").getURI())
                .map(i -> Ref.of(i, summaries.of(i).label()))
                .toList();
        Integer count = row.contains("count") ? row.getLiteral("count").getInt() : null;
        return new Policy(s.id(), iri, s.label(), s.labels(), Entities.lexical(row, "year"), count, issuers);
    }

    /** The organizations an {@code issuer} parameter names: an id, or every organization whose label matches. */
    private List<String> issuers(String issuer) {
        if (issuer.contains("/"))
            return List.of(Ids.iri(issuer, "issuer"));
        Map<String, Boolean> found = new LinkedHashMap<>();
        try {
            sparql.search().find(issuer, Entities.CST + "Organization", 20, 0)
                    .forEach(hit -> found.put(hit.iri(), true));
        } catch (IllegalArgumentException e) {
            throw Problems.badParameter("issuer", e.getMessage());
        }
        return List.copyOf(found.keySet());
    }
}
