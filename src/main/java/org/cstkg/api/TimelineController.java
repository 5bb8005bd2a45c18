package org.cstkg.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.apache.jena.query.ParameterizedSparqlString;
import org.cstkg.serve.Sparql;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/timeline}: dated things (events and programmes, articles, reports) in date order. */
@RestController
class TimelineController {

    private static final String TIMELINE = """
            SELECT ?e ?kind ?day (SAMPLE(?l) AS ?label) WHERE {
              { ?e cst:eventDate ?d . BIND("event" AS ?kind) }
              UNION { ?e cst:publishedOn ?d . BIND("article" AS ?kind) }
              UNION { ?e cst:issueDate ?d . BIND("report" AS ?kind) }
              BIND(SUBSTR(STR(?d), 1, 10) AS ?day)
              FILTER(?day >= ?from && ?day <= ?to)
              OPTIONAL { ?e rdfs:label ?l FILTER(LANG(?l) = "ko") }
            } GROUP BY ?e ?kind ?day ORDER BY ?day ?kind ?e
            """;

    record Item(String date, String kind, Ref resource) {}

    record Timeline(String from, String to, List<Item> items) {}

    private final Sparql sparql;

    TimelineController(Sparql sparql) {
        this.sparql = sparql;
    }

    @Operation(summary = "Dated events, programmes, articles and reports between two dates (inclusive)")
    @GetMapping("/api/timeline")
    Timeline timeline(@Parameter(description = "yyyy-MM-dd, yyyy-MM or yyyy") @RequestParam(required = false) String from,
            @Parameter(description = "yyyy-MM-dd, yyyy-MM or yyyy") @RequestParam(required = false) String to) {
        LocalDate start = from == null ? LocalDate.of(1900, 1, 1) : date("from", from, false);
        LocalDate end = to == null ? LocalDate.of(9999, 12, 31) : date("to", to, true);
        if (start.isAfter(end))
            throw Problems.badParameter("from", "must not be after 'to'");
        ParameterizedSparqlString q = Sparql.query(TIMELINE);
        q.setLiteral("from", start.toString());
        q.setLiteral("to", end.toString());
        List<Item> items = sparql.select(q).stream()
                .map(r -> new Item(Entities.lexical(r, "day"), Entities.lexical(r, "kind"),
                        Ref.of(Entities.uri(r, "e"), Entities.lexical(r, "label"))))
                .toList();
        return new Timeline(start.toString(), end.toString(), items);
    }

    /** A date, month or year; months and years widen to their first (or, for an end, last) day. */
    static LocalDate date(String name, String value, boolean end) {
        String v = value.strip();
        try {
            if (v.matches("\\d{4}"))
                return end ? LocalDate.of(Integer.parseInt(v), 12, 31) : LocalDate.of(Integer.parseInt(v), 1, 1);
            if (v.matches("\\d{4}-\\d{2}")) {
                LocalDate first = LocalDate.parse(v + "-01");
                return end ? first.withDayOfMonth(first.lengthOfMonth()) : first;
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw Problems.badParameter(name, "'" + (v.length() > 30 ? v.substring(0, 30) : v)
                    + "' is not a date (yyyy-MM-dd, yyyy-MM or yyyy)");
        }
    }
}
