package org.cstkg.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.cstkg.api.Problems;
import org.cstkg.rdf.CST;
import org.cstkg.rdf.Ontology;
import org.cstkg.serve.ServeProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /reconcile}: the W3C Entity Reconciliation API v0.2 as OpenRefine 3.x uses it. Without parameters it answers
 * the manifest; {@code queries} (GET or form POST) is a batch, {@code query} a single query; preview, suggest (entity,
 * type, property) and flyout are under it.
 */
@RestController
class ReconcileController {

    static final int SUGGEST_SIZE = 10;

    private final ReconService service;
    private final String base;

    ReconcileController(ReconService service, ServeProperties props) {
        this.service = service;
        this.base = props.publicBase();
    }

    record Result(List<Candidate> result) {}

    @Operation(summary = "Reconcile names (W3C Entity Reconciliation API v0.2)", description = "No parameter: the "
            + "service manifest. queries: a JSON object of named queries, each {query, type, limit, properties, lang}. "
            + "query: one query.")
    @RequestMapping(path = Manifest.PATH, method = { RequestMethod.GET, RequestMethod.POST },
            produces = MediaType.APPLICATION_JSON_VALUE)
    Object reconcile(@RequestParam(required = false) String queries, @RequestParam(required = false) String query,
            @RequestParam(required = false) String extend, @RequestParam(required = false) String lang) {
        if (extend != null)
            return extend(extend, lang);
        if (queries != null) {
            Map<String, ReconQuery> batch;
            try {
                batch = ReconRequests.batch(queries);
            } catch (IllegalArgumentException e) {
                throw Problems.badParameter("queries", e.getMessage());
            }
            Map<String, Result> out = new LinkedHashMap<>();
            service.reconcile(batch).forEach((name, candidates) -> out.put(name, new Result(candidates)));
            return out;
        }
        if (query != null) {
            try {
                return new Result(service.reconcile(ReconRequests.single(query)));
            } catch (IllegalArgumentException e) {
                throw Problems.badParameter("query", e.getMessage());
            }
        }
        return Manifest.of(base);
    }

    /** Data extension: the cells of each entity for each property, names of related entities in {@code lang}. */
    private Extension.Result extend(String json, String lang) {
        ReconRequests.Extend request;
        try {
            request = ReconRequests.extend(json);
        } catch (IllegalArgumentException e) {
            throw Problems.badParameter("extend", e.getMessage());
        }
        Extension extension = service.extension();
        List<Extension.Property> properties = new ArrayList<>();
        for (String id : request.properties()) {
            Extension.Property p = extension.property(id);
            if (p == null)
                throw Problems.badParameter("extend", "unknown property '" + (id.length() > 80 ? id.substring(0, 80)
                        : id) + "' (see " + Manifest.PATH + "/propose_properties)");
            properties.add(p);
        }
        return extension.extend(request.ids(), properties, lang);
    }

    @Operation(summary = "Properties that data extension can add for a type (names, relations, codes, external ids)")
    @RequestMapping(path = Manifest.PATH + "/propose_properties", method = RequestMethod.GET,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Extension.Proposal proposeProperties(@RequestParam(required = false) String type,
            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500)
            throw Problems.badParameter("limit", "must be between 1 and 500");
        org.cstkg.rdf.EntityType t = null;
        if (type != null && !type.isBlank()) {
            t = Types.parse(type);
            if (t == null)
                throw Problems.badParameter("type", "unknown type '" + type + "'");
        }
        return service.extension().propose(t, type, limit);
    }

    record Suggestion(String id, String name, String description, List<Candidate.Type> notable) {}

    record Suggestions(List<Suggestion> result) {}

    @Operation(summary = "Suggest entities by the start of a name, in any script")
    @RequestMapping(path = Manifest.PATH + "/suggest/entity", method = RequestMethod.GET,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Suggestions suggestEntity(@RequestParam String prefix, @RequestParam(required = false) String type) {
        if (prefix.isBlank() || prefix.codePoints().noneMatch(Character::isLetterOrDigit))
            throw Problems.badParameter("prefix", "must contain a letter or digit");
        if (prefix.length() > ReconRequests.MAX_NAME)
            throw Problems.badParameter("prefix", "at most " + ReconRequests.MAX_NAME + " characters");
        if (type != null && !type.isBlank() && Types.parse(type) == null)
            throw Problems.badParameter("type", "unknown type '" + type + "'");
        List<Suggestion> out = new ArrayList<>();
        for (Candidate c : service.reconcile(new ReconQuery(prefix, type, SUGGEST_SIZE, List.of(), null)))
            out.add(new Suggestion(c.id(), c.name(), c.description(), c.type()));
        return new Suggestions(out);
    }

    @Operation(summary = "Suggest types (entity classes) by name")
    @RequestMapping(path = Manifest.PATH + "/suggest/type", method = RequestMethod.GET,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Suggestions suggestType(@RequestParam(defaultValue = "") String prefix) {
        String p = prefix.strip().toLowerCase(Locale.ROOT);
        List<Suggestion> out = new ArrayList<>();
        for (Candidate.Type t : Types.all())
            if (t.name().toLowerCase(Locale.ROOT).contains(p) || t.id().toLowerCase(Locale.ROOT).contains(p))
                out.add(new Suggestion(t.id(), t.name(), CST.NS + t.id(), List.of()));
        return new Suggestions(out);
    }

    @Operation(summary = "Suggest properties (relations between entities, such as locatedIn and partOf)")
    @RequestMapping(path = Manifest.PATH + "/suggest/property", method = RequestMethod.GET,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Suggestions suggestProperty(@RequestParam(defaultValue = "") String prefix) {
        String p = prefix.strip().toLowerCase(Locale.ROOT);
        Model ont = Ontology.ontology();
        List<Suggestion> out = new ArrayList<>();
        ont.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).forEachRemaining(r -> {
            if (!r.isURIResource() || !r.getURI().startsWith(CST.NS))
                return;
            String label = Extension.englishLabel(r);
            String id = r.getLocalName();
            if (id.toLowerCase(Locale.ROOT).contains(p) || label.toLowerCase(Locale.ROOT).contains(p))
                out.add(new Suggestion(id, label, r.getURI(), List.of()));
        });
        out.sort(java.util.Comparator.comparing(Suggestion::id));
        return new Suggestions(out);
    }

    record Flyout(String id, String html) {}

    @RequestMapping(path = Manifest.PATH + "/flyout/entity", method = RequestMethod.GET,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Flyout flyout(@RequestParam String id) {
        return new Flyout(id, body(entity(id)));
    }

    @Operation(summary = "A small HTML view of an entity, for OpenRefine's preview pane")
    @RequestMapping(path = Manifest.PATH + "/preview", method = RequestMethod.GET)
    ResponseEntity<String> preview(@RequestParam String id) {
        ReconEntity e = entity(id);
        String page = "<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(e.name(null)) + "</title><link rel=\"stylesheet\" href=\"/linkeddata/page.css\">"
                + "</head><body>" + body(e) + "</body></html>\n";
        return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .body(page);
    }

    private ReconEntity entity(String id) {
        String clean = ReconRequests.idOf(id == null ? "" : id);
        ReconEntity e = service.index().byId(clean);
        if (e == null)
            throw Problems.notFound("no entity with id '" + (clean.length() > 80 ? clean.substring(0, 80) : clean) + "'");
        return e;
    }

    /** The entity's names by language and its types, every text escaped. */
    private String body(ReconEntity e) {
        StringBuilder sb = new StringBuilder("<div class=\"preview\"><p><a href=\"")
                .append(HtmlUtils.htmlEscape(base + "/id/" + e.id())).append("\" target=\"_blank\"><strong>")
                .append(HtmlUtils.htmlEscape(e.name(null))).append("</strong></a> <small>")
                .append(HtmlUtils.htmlEscape(String.join(", ", e.types()))).append("</small></p><ul>");
        Map<String, List<String>> byLang = new LinkedHashMap<>();
        for (ReconEntity.Label l : e.labels())
            if (!l.property().equals("altLabel"))
                byLang.computeIfAbsent(l.property().equals("divisionCode") ? "GB/T 2260 code"
                        : LabelForms.tagName(l.lang()), k -> new ArrayList<>()).add(l.text());
        byLang.forEach((what, names) -> sb.append("<li>").append(HtmlUtils.htmlEscape(what))
                .append(": ").append(HtmlUtils.htmlEscape(String.join(" · ", names))).append("</li>"));
        return sb.append("</ul><p><small>").append(HtmlUtils.htmlEscape(e.id())).append("</small></p></div>").toString();
    }
}
