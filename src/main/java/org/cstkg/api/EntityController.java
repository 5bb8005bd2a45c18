package org.cstkg.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.cstkg.search.LabelSearch;
import org.cstkg.serve.Sparql;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/entities}: label search, one entity, and its neighbourhood. Ids contain slashes ({@code org/miit}), so
 * one catch-all route serves both {@code /api/entities/{id}} and {@code /api/entities/{id}/graph}.
 */
@RestController
class EntityController {

    static final int MAX_LIMIT = 200;

    record SearchResult(String q, String type, int limit, int offset, List<Summaries.Summary> items) {}

    private final LabelSearch search;
    private final Entities entities;
    private final Summaries summaries;
    private final Neighbourhoods neighbourhoods;

    EntityController(Sparql sparql, Entities entities, Summaries summaries, Neighbourhoods neighbourhoods) {
        this.search = new LabelSearch(sparql.dataset());
        this.entities = entities;
        this.summaries = summaries;
        this.neighbourhoods = neighbourhoods;
    }

    @Operation(summary = "Search entities by label in any script (Hangul, simplified or traditional Hanzi, Latin)")
    @GetMapping("/api/entities")
    SearchResult search(@Parameter(description = "label text, e.g. 과학원, 科學院, academy of sciences")
            @RequestParam String q,
            @Parameter(description = "class local name, e.g. ResearchInstitute") @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "20") int limit, @RequestParam(defaultValue = "0") int offset) {
        if (q.isBlank() || q.codePoints().noneMatch(Character::isLetterOrDigit))
            throw Problems.badParameter("q", "must contain a letter or digit");
        if (q.length() > 200)
            throw Problems.badParameter("q", "at most 200 characters");
        if (limit < 1 || limit > MAX_LIMIT)
            throw Problems.badParameter("limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        if (offset < 0 || offset > 100_000)
            throw Problems.badParameter("offset", "must be between 0 and 100000, was " + offset);
        String typeIri = type == null || type.isBlank() ? null : Summaries.classIri(type, "type");
        List<Summaries.Summary> items = search.find(q, typeIri, limit, offset).stream()
                .map(hit -> summaries.of(hit.iri()))
                .toList();
        return new SearchResult(q, typeIri == null ? null : Labels.compact(typeIri), limit, offset, items);
    }

    @Operation(summary = "One entity (GET /api/entities/{id}) or its neighbourhood (GET /api/entities/{id}/graph?depth=1|2)",
            description = "id is the IRI after https://w3id.org/cstkg/id/, e.g. org/miit")
    @GetMapping("/api/entities/{*path}")
    Object entity(@PathVariable String path, @RequestParam(defaultValue = "1") int depth) {
        String id = path.startsWith("/") ? path.substring(1) : path;
        if (id.endsWith("/graph") && id.indexOf('/') < id.length() - "/graph".length())
            return neighbourhoods.around(id.substring(0, id.length() - "/graph".length()), depth);
        return entities.describe(id);
    }
}
