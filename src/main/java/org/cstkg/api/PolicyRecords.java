package org.cstkg.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.cstkg.serve.Sparql;
import org.springframework.stereotype.Component;

/** Finds policies by {@link PolicyFilter} and reads each as a {@link PolicyRecord}. */
@Component
class PolicyRecords {

    private static final String CST = Entities.CST;

    /** Every policy matching the filter's issuers, type and level, with its year (issue date, else issued year). */
    private static final String FIND = """
            SELECT ?p (MIN(?y) AS ?year) WHERE {
              ?p a cst:Policy .
              %s
              OPTIONAL { ?p cst:issueDate ?d } OPTIONAL { ?p cst:issuedYear ?iy }
              BIND(COALESCE(SUBSTR(STR(?d), 1, 4), STR(?iy)) AS ?y)
            } GROUP BY ?p
            """;
    private static final String BY_ISSUER = "VALUES (?i) { ?issuers } ?p cst:issuedBy|cst:leadIssuer ?i .";
    private static final String BY_LEAD = "VALUES (?i) { ?issuers } ?p cst:leadIssuer ?i .";
    private static final String BY_TYPE = "VALUES (?t) { ?types } ?p cst:documentType ?t .";
    private static final String BY_LEVEL = "VALUES (?lv) { ?levels } ?p cst:level ?lv .";

    /** Read a page of policies at once: a few queries per 200 policies, not two per policy. */
    static final int BATCH = 200;

    private static final String OUTGOING = """
            SELECT ?e ?p ?o ?ol WHERE {
              VALUES (?e) { ?policies }
              ?e ?p ?o .
              OPTIONAL { FILTER(isIRI(?o) && ?p IN (cst:issuedBy, cst:leadIssuer, cst:implements, cst:revises))
                         ?o rdfs:label ?ol }
            }
            """;
    private static final String INCOMING = """
            SELECT ?e ?s ?p ?sl WHERE {
              VALUES (?e) { ?policies }
              ?s ?p ?e . FILTER(?p IN (cst:implements, cst:revises))
              OPTIONAL { ?s rdfs:label ?sl }
            } ORDER BY ?e ?s
            """;
    /** The reified statements about the policy, with the sentence or reference each rests on. */
    private static final String SOURCES = """
            SELECT ?st ?p ?o ?basis ?sent ?text ?ctxText ?a ?ref ?refLabel ?refUrl WHERE {
              { SELECT DISTINCT ?st WHERE { ?st rdf:subject ?e } ORDER BY ?st LIMIT 500 }
              ?st rdf:predicate ?p ; rdf:object ?o .
              OPTIONAL { ?st cst:basis ?basis }
              OPTIONAL { ?st cst:sourceSentence ?sent OPTIONAL { ?sent cst:text ?text } }
              OPTIONAL { ?st cst:contextSentence ?ctx OPTIONAL { ?ctx cst:text ?ctxText } }
              OPTIONAL { ?st cst:sourceReference|cst:referenceSource ?ref
                         OPTIONAL { ?ref rdfs:label ?refLabel } OPTIONAL { ?ref cst:url ?refUrl } }
              OPTIONAL { ?st cst:inArticle ?a }
            } ORDER BY ?p ?st
            """;

    /** A policy's IRI and the year it sorts and filters by (null when unknown). */
    record Match(String iri, Integer year) {}

    private final Sparql sparql;
    private final Concepts concepts;
    private final Map<String, PolicyRecord.Concept> conceptCache = new ConcurrentHashMap<>();

    PolicyRecords(Sparql sparql, Concepts concepts) {
        this.sparql = sparql;
        this.concepts = concepts;
    }

    /** The policies the filter selects, by year (unknown years last), then IRI. */
    List<Match> find(PolicyFilter f) {
        if (f.issuers() != null && f.issuers().isEmpty())
            return List.of();
        StringBuilder where = new StringBuilder();
        if (f.issuers() != null)
            where.append(f.leadOnly() ? BY_LEAD : BY_ISSUER).append('\n');
        if (f.types() != null)
            where.append(BY_TYPE).append('\n');
        if (f.levels() != null)
            where.append(BY_LEVEL).append('\n');
        ParameterizedSparqlString q = Sparql.query(FIND.formatted(where));
        if (f.issuers() != null)
            q.setValues("issuers", f.issuers().stream().map(ResourceFactory::createResource).toList());
        if (f.types() != null)
            q.setValues("types", f.types().stream().map(ResourceFactory::createResource).toList());
        if (f.levels() != null)
            q.setValues("levels", f.levels().stream().map(ResourceFactory::createResource).toList());
        List<Match> matches = new ArrayList<>();
        for (QuerySolution row : sparql.select(q)) {
            String y = Entities.lexical(row, "year");
            Integer year = y != null && y.matches("\\d{4}") ? Integer.valueOf(y) : null;
            boolean early = f.from() != null && (year == null || year < f.from());
            boolean late = f.to() != null && (year == null || year > f.to());
            if (early || late)
                continue;
            matches.add(new Match(Entities.uri(row, "p"), year));
        }
        matches.sort(Comparator.comparing(Match::year, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Match::iri));
        return matches;
    }

    /** The record of one policy, without the sources of its fields. */
    PolicyRecord read(String iri) {
        return read(List.of(iri)).get(0);
    }

    /** The records of these policies, in the same order, without the sources of their fields. */
    List<PolicyRecord> read(List<String> iris) {
        List<PolicyRecord> records = new ArrayList<>(iris.size());
        for (int from = 0; from < iris.size(); from += BATCH) {
            List<String> batch = iris.subList(from, Math.min(iris.size(), from + BATCH));
            Map<String, List<QuerySolution>> out = byPolicy(OUTGOING, batch), in = byPolicy(INCOMING, batch);
            for (String iri : batch)
                records.add(build(iri, out.getOrDefault(iri, List.of()), in.getOrDefault(iri, List.of())));
        }
        return records;
    }

    private Map<String, List<QuerySolution>> byPolicy(String query, List<String> iris) {
        ParameterizedSparqlString q = Sparql.query(query);
        q.setValues("policies", iris.stream().distinct().map(ResourceFactory::createResource).toList());
        Map<String, List<QuerySolution>> rows = new HashMap<>();
        for (QuerySolution row : sparql.select(q))
            rows.computeIfAbsent(Entities.uri(row, "e"), k -> new ArrayList<>()).add(row);
        return rows;
    }

    private PolicyRecord build(String iri, List<QuerySolution> outgoing, List<QuerySolution> incoming) {
        Map<String, List<String>> labels = Labels.byLanguage();
        List<Literal> titles = new ArrayList<>();
        List<String> urls = new ArrayList<>(), numbers = new ArrayList<>(), codes = new ArrayList<>(),
                numberYears = new ArrayList<>(), issuedYears = new ArrayList<>(), starts = new ArrayList<>(),
                ends = new ArrayList<>(), types = new ArrayList<>(), levels = new ArrayList<>();
        List<Integer> serials = new ArrayList<>(), counts = new ArrayList<>();
        List<Boolean> complete = new ArrayList<>();
        List<PolicyRecord.DateValue> issued = new ArrayList<>(), effective = new ArrayList<>();
        Map<String, Map<String, List<String>>> issuerLabels = new TreeMap<>();
        List<String> leads = new ArrayList<>();
        Map<String, Map<String, List<String>>> implemented = new TreeMap<>(), revised = new TreeMap<>();
        for (QuerySolution row : outgoing) {
            String p = row.getResource("p").getURI();
            RDFNode o = row.get("o");
            if (o.isLiteral()) {
                Literal lit = o.asLiteral();
                String v = lit.getLexicalForm();
                if (p.equals(RDFS.label.getURI()) || p.equals(SKOS.prefLabel.getURI()))
                    Labels.add(labels, lit);
                else
                    switch (p.substring(p.startsWith(CST) ? CST.length() : 0)) {
                        case "officialTitle" -> titles.add(lit);
                        case "officialUrl" -> urls.add(v);
                        case "documentNumber" -> numbers.add(v);
                        case "documentNumberCode" -> codes.add(v);
                        case "documentNumberYear" -> numberYears.add(v);
                        case "documentNumberSerial" -> addInt(serials, v);
                        case "issueDate" -> issued.add(PolicyRecord.DateValue.of(v));
                        case "effectiveDate" -> effective.add(PolicyRecord.DateValue.of(v));
                        case "issuedYear" -> issuedYears.add(v);
                        case "periodStart" -> starts.add(v);
                        case "periodEnd" -> ends.add(v);
                        case "coIssuerCount" -> addInt(counts, v);
                        case "issuersComplete" -> complete.add(Boolean.parseBoolean(v) || v.equals("1"));
                        default -> { }
                    }
            } else if (o.isURIResource()) {
                String target = o.asResource().getURI();
                Literal label = row.contains("ol") && row.get("ol").isLiteral() ? row.getLiteral("ol") : null;
                String local = p.substring(p.startsWith(CST) ? CST.length() : 0);
                Map<String, Map<String, List<String>>> into = switch (local) {
                    case "issuedBy", "leadIssuer" -> issuerLabels;
                    case "implements" -> implemented;
                    case "revises" -> revised;
                    default -> null;
                };
                if (p.equals(CST + "leadIssuer") && !leads.contains(target))
                    leads.add(target);
                if (p.equals(CST + "documentType") && !types.contains(target))
                    types.add(target);
                if (p.equals(CST + "level") && !levels.contains(target))
                    levels.add(target);
                if (into != null) {
                    Map<String, List<String>> l = into.computeIfAbsent(target, k -> Labels.byLanguage());
                    if (label != null)
                        Labels.add(l, label);
                }
            }
        }
        List<PolicyRecord.Issuer> issuers = new ArrayList<>();
        issuerLabels.forEach((i, l) -> issuers.add(new PolicyRecord.Issuer(Ids.id(i), i, Labels.pick(l), l,
                leads.contains(i))));
        issuers.sort(Comparator.comparing((PolicyRecord.Issuer i) -> !i.lead())); // stable: then by IRI
        Map<String, Map<String, List<String>>> implementedBy = new TreeMap<>(), revisedBy = new TreeMap<>();
        for (QuerySolution row : incoming) {
            Map<String, Map<String, List<String>>> into = row.getResource("p").getURI().equals(CST + "implements")
                    ? implementedBy : revisedBy;
            Map<String, List<String>> l = into.computeIfAbsent(Entities.uri(row, "s"), k -> Labels.byLanguage());
            if (row.contains("sl") && row.get("sl").isLiteral())
                Labels.add(l, row.getLiteral("sl"));
        }
        issued.sort(Comparator.comparing(PolicyRecord.DateValue::rank).thenComparing(PolicyRecord.DateValue::value));
        effective.sort(Comparator.comparing(PolicyRecord.DateValue::rank).thenComparing(PolicyRecord.DateValue::value));
        String issuedYear = first(sorted(issuedYears));
        String year = !issued.isEmpty() && issued.get(0).value().length() >= 4 ? issued.get(0).value().substring(0, 4)
                : issuedYear;
        String number = first(sorted(numbers));
        PolicyRecord.DocumentNumber documentNumber = number == null ? null
                : new PolicyRecord.DocumentNumber(number, first(sorted(codes)), first(sorted(numberYears)),
                        serials.isEmpty() ? null : serials.get(0));
        String start = first(sorted(starts)), end = last(sorted(ends));
        Integer stated = counts.stream().max(Integer::compare).orElse(null);
        Boolean isComplete = complete.contains(false) ? Boolean.FALSE : complete.contains(true) ? Boolean.TRUE
                : stated == null ? null : issuers.size() >= stated;
        PolicyRecord.Issuer lead = issuers.stream().filter(PolicyRecord.Issuer::lead).findFirst().orElse(null);
        return new PolicyRecord(Ids.id(iri), iri, Labels.pick(labels), labels, officialTitle(titles),
                first(sorted(urls)), documentNumber, issued.isEmpty() ? null : issued.get(0),
                effective.isEmpty() ? null : effective.get(0), issuedYear, year,
                start == null && end == null ? null : new PolicyRecord.Period(start, end),
                types.isEmpty() ? null : concept(types.get(0)), levels.isEmpty() ? null : concept(levels.get(0)),
                issuers, lead, issuers.size(), stated, isComplete, refs(implemented), refs(revised),
                refs(implementedBy), refs(revisedBy), null);
    }

    /** The record of one policy with what each of its fields rests on. */
    PolicyRecord readWithSources(String iri) {
        return read(iri).withSources(sources(iri));
    }

    List<PolicyRecord.FieldSource> sources(String iri) {
        Map<String, PolicyRecord.FieldSource> byStatement = new LinkedHashMap<>();
        ParameterizedSparqlString q = Sparql.query(SOURCES);
        q.setIri("e", iri);
        for (QuerySolution row : sparql.select(q)) {
            String st = row.get("st").toString();
            if (byStatement.containsKey(st))
                continue;
            RDFNode o = row.get("o");
            String value = o.isLiteral() ? o.asLiteral().getLexicalForm() : o.isURIResource() ? o.asResource().getURI()
                    : null;
            String basis = Entities.lexical(row, "basis");
            if (basis == null)
                basis = row.contains("sent") ? "sentence" : "reference-data";
            String ref = Entities.uri(row, "ref");
            byStatement.put(st, new PolicyRecord.FieldSource(Labels.compact(row.getResource("p").getURI()), value,
                    basis, Entities.uri(row, "sent"), Entities.lexical(row, "text"), Entities.lexical(row, "ctxText"),
                    Entities.uri(row, "a"), ref == null ? null : Ref.of(ref, Entities.lexical(row, "refLabel")),
                    Entities.lexical(row, "refUrl")));
        }
        return List.copyOf(byStatement.values());
    }

    PolicyRecord.Concept concept(String iri) {
        return conceptCache.computeIfAbsent(iri, concepts::of);
    }

    private static String officialTitle(List<Literal> titles) {
        return titles.stream()
                .sorted(Comparator.comparing((Literal l) -> !"zh-Hans".equals(l.getLanguage()))
                        .thenComparing(Literal::getLexicalForm))
                .map(Literal::getLexicalForm).findFirst().orElse(null);
    }

    private static List<Ref> refs(Map<String, Map<String, List<String>>> labelled) {
        List<Ref> refs = new ArrayList<>();
        labelled.forEach((iri, l) -> refs.add(Ref.of(iri, Labels.pick(l))));
        return refs;
    }

    private static void addInt(List<Integer> into, String v) {
        try {
            into.add(Integer.valueOf(v.strip()));
        } catch (NumberFormatException e) {
            // not a number: left out
        }
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().distinct().sorted().toList();
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    private static String last(List<String> values) {
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }
}
