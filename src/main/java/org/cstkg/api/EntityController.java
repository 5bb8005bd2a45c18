package org.cstkg.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.cstkg.search.NameSearch;
import org.cstkg.serve.Sparql;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/entities}: a list (by type) or a label search, one entity, and its neighbourhood. Ids contain slashes
 * ({@code org/miit}); the documented routes take them as {@code {kind}/{slug}}, which is what every entity id looks like
 * and what Swagger UI can fill in, and a catch-all route keeps serving ids of any depth.
 */
@RestController
class EntityController {

    static final int MAX_LIMIT = 200;

    /** A page of entities; {@code total} is given for lists, not for searches (ranked, not counted). */
    record SearchResult(String q, String type, int limit, int offset, Long total, List<Summaries.Summary> items) {}

    private final NameSearch search;
    private final EntityListing listing;
    private final Entities entities;
    private final Summaries summaries;
    private final Neighbourhoods neighbourhoods;

    EntityController(Sparql sparql, EntityListing listing, Entities entities, Summaries summaries,
            Neighbourhoods neighbourhoods) {
        this.search = sparql.search();
        this.listing = listing;
        this.entities = entities;
        this.summaries = summaries;
        this.neighbourhoods = neighbourhoods;
    }

    @Operation(summary = "List entities, or search them by label in any script (Hangul, simplified or traditional "
            + "Hanzi, Latin)", description = "Without q: every entity of the type (all entity types if none), in id "
                    + "order, with the total. With q: the best matches first.")
    @GetMapping("/api/entities")
    SearchResult search(@Parameter(description = "label text, e.g. 과학원, 科學院, academy of sciences; omit to list")
            @RequestParam(required = false) String q,
            @Parameter(description = "class local name, e.g. Policy, ResearchInstitute, Organization (with subclasses)")
            @RequestParam(required = false) String type,
            @Parameter(description = "1 to " + MAX_LIMIT) @RequestParam(defaultValue = "20") int limit,
            @Parameter(description = "0 to 100000") @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > MAX_LIMIT)
            throw Problems.badParameter("limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        if (offset < 0 || offset > 100_000)
            throw Problems.badParameter("offset", "must be between 0 and 100000, was " + offset);
        String typeIri = type == null || type.isBlank() ? null : Summaries.classIri(type, "type");
        String compactType = typeIri == null ? null : Labels.compact(typeIri);
        if (q == null) {
            EntityListing.Page page = listing.list(typeIri, limit, offset);
            return new SearchResult(null, compactType, limit, offset, page.total(),
                    summaries.of(page.iris()));
        }
        if (q.isBlank() || q.codePoints().noneMatch(Character::isLetterOrDigit))
            throw Problems.badParameter("q", "must contain a letter or digit");
        if (q.length() > 200)
            throw Problems.badParameter("q", "at most 200 characters");
        List<Summaries.Summary> items = summaries.of(search.find(q, typeIri, limit, offset).stream()
                .map(hit -> hit.iri()).toList());
        return new SearchResult(q, compactType, limit, offset, null, items);
    }

    @Operation(summary = "One entity: labels by language, types, its own relations and attributes, external links, and "
            + "how many articles, incoming relations and statements it has",
            description = "The id is the IRI after https://w3id.org/cstkg/id/, such as org/miit: kind org, slug miit. "
                    + "The default view is bounded whatever the entity's size: at most " + Entities.OUTGOING_SHOWN
                    + " relations from it, and for its articles, incoming relations and statements with evidence only "
                    + "their totals, with links to the paged sub-resources /articles, /incoming and /evidence. "
                    + "view=full adds the newest " + Entities.ARTICLES_SHOWN + " articles, the first "
                    + Entities.INCOMING_SHOWN + " incoming relations and the first " + Entities.EVIDENCE_SHOWN
                    + " statements inline (a much larger answer for a much-mentioned entity). Answers carry a strong "
                    + "ETag and Last-Modified; If-None-Match gets 304 while the store is unchanged.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the entity",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(oneOf = { CompactEntity.class,
                            EntityView.class })))
    @GetMapping("/api/entities/{kind}/{slug}")
    Object entity(@Parameter(description = "first part of the id, e.g. org, person, policy") @PathVariable String kind,
            @Parameter(description = "second part of the id, e.g. miit") @PathVariable String slug,
            @Parameter(description = "compact (the default) or full") @RequestParam(required = false) String view) {
        return view(kind + "/" + slug, view);
    }

    private Object view(String id, String view) {
        if (view == null || view.equals("compact"))
            return entities.summarise(id);
        if (view.equals("full"))
            return entities.describe(id);
        throw Problems.badParameter("view", "must be compact or full, was '"
                + (view.length() > 20 ? view.substring(0, 20) + "…" : view) + "'");
    }

    @Operation(summary = "The relations from other resources to an entity (cst:mentions aside: see /articles), a page "
            + "at a time, in property order")
    @GetMapping("/api/entities/{kind}/{slug}/incoming")
    EntityView.Page<EntityView.Relation> incoming(@PathVariable String kind, @PathVariable String slug,
            @Parameter(description = "1 to " + MAX_PAGE) @RequestParam(defaultValue = "200") int limit,
            @Parameter(description = "0 or more") @RequestParam(defaultValue = "0") int offset) {
        checkPage(limit, offset);
        return entities.incoming(kind + "/" + slug, limit, offset);
    }

    @Operation(summary = "The neighbourhood of an entity as nodes and edges",
            description = "Entity-to-entity relations, depth 1 or 2, at most " + Neighbourhoods.MAX_NODES + " nodes.")
    @GetMapping("/api/entities/{kind}/{slug}/graph")
    Neighbourhoods.Graph graph(@Parameter(description = "e.g. program") @PathVariable String kind,
            @Parameter(description = "e.g. shenzhou-16") @PathVariable String slug,
            @Parameter(description = "1 or 2") @RequestParam(defaultValue = "1") int depth) {
        return neighbourhoods.around(kind + "/" + slug, depth);
    }

    @Operation(summary = "The articles that mention an entity, newest first, a page at a time")
    @GetMapping("/api/entities/{kind}/{slug}/articles")
    EntityView.Page<EntityView.ArticleRef> articles(@PathVariable String kind, @PathVariable String slug,
            @Parameter(description = "1 to " + MAX_PAGE) @RequestParam(defaultValue = "50") int limit,
            @Parameter(description = "0 or more") @RequestParam(defaultValue = "0") int offset) {
        checkPage(limit, offset);
        return entities.articles(kind + "/" + slug, limit, offset);
    }

    @Operation(summary = "The statements about an entity with the sentence or reference data each rests on, a page at "
            + "a time")
    @GetMapping("/api/entities/{kind}/{slug}/evidence")
    EntityView.Page<EntityView.Evidence> evidence(@PathVariable String kind, @PathVariable String slug,
            @Parameter(description = "1 to " + MAX_PAGE) @RequestParam(defaultValue = "100") int limit,
            @Parameter(description = "0 or more") @RequestParam(defaultValue = "0") int offset) {
        checkPage(limit, offset);
        return entities.evidence(kind + "/" + slug, limit, offset);
    }

    static final int MAX_PAGE = 500;

    private static void checkPage(int limit, int offset) {
        if (limit < 1 || limit > MAX_PAGE)
            throw Problems.badParameter("limit", "must be between 1 and " + MAX_PAGE + ", was " + limit);
        if (offset < 0 || offset > 10_000_000)
            throw Problems.badParameter("offset", "must be between 0 and 10000000, was " + offset);
    }

    /**
     * Ids of any depth, with their slashes as they are: GET /api/entities/{id} and its /graph, /articles, /incoming,
     * /evidence.
     */
    @Hidden
    @GetMapping("/api/entities/{*path}")
    Object entityById(@PathVariable String path, @RequestParam(defaultValue = "1") int depth,
            @RequestParam(required = false) Integer limit, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(required = false) String view) {
        String id = path.startsWith("/") ? path.substring(1) : path;
        for (String tail : new String[] { "/graph", "/articles", "/incoming", "/evidence" })
            if (id.endsWith(tail) && id.indexOf('/') < id.length() - tail.length()) {
                String of = id.substring(0, id.length() - tail.length());
                if (tail.equals("/graph"))
                    return neighbourhoods.around(of, depth);
                int l = limit == null ? (tail.equals("/articles") ? 50 : tail.equals("/incoming") ? 200 : 100) : limit;
                checkPage(l, offset);
                return switch (tail) {
                    case "/articles" -> entities.articles(of, l, offset);
                    case "/incoming" -> entities.incoming(of, l, offset);
                    default -> entities.evidence(of, l, offset);
                };
            }
        return view(id, view);
    }
}
