package org.cstkg.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cstkg.link.Target;
import org.cstkg.rdf.CST;
import org.cstkg.rdf.EntityType;
import org.cstkg.rdf.Ontology;
import org.cstkg.serve.Sparql;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Data extension (W3C Reconciliation API v0.2, {@code extend}): the columns OpenRefine adds from reconciled cells.
 * Three kinds of property: an entity's names in one language ({@code name@en}), its relations to other entities
 * ({@code locatedIn}, {@code partOf} …, as entities OpenRefine can reconcile further), and its official code and
 * external identifiers with their status ({@code wikidata}, {@code wikidata.status}).
 */
final class Extension {

    /** A property that can be added: id, English name, and the type of its values when they are entities. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Property(String id, String name, Candidate.Type type) {}

    /** One value of a cell: an entity ({@code id}, {@code name}) or a string. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Value(String id, String name, String str) {
        static Value entity(String id, String name) {
            return new Value(id, name, null);
        }

        static Value string(String s) {
            return new Value(null, null, s);
        }
    }

    record Proposal(String type, int limit, List<Property> properties) {}

    record Result(List<Property> meta, Map<String, Map<String, List<Value>>> rows) {}

    static final String NAME = "name@", STATUS = ".status", CODE = "divisionCode";
    static final List<String> NAME_LANGS = List.of("ko", "en", "zh-Hans", "zh-Hant", "zh-Latn-pinyin");
    private static final Map<String, String> LANG_NAMES = Map.of("ko", "Korean", "en", "English", "zh-Hans",
            "Chinese (simplified)", "zh-Hant", "Chinese (traditional)", "zh-Latn-pinyin", "pinyin");

    private static final String LINKS = """
            SELECT ?e ?target ?id ?status WHERE {
              VALUES ?e { %s }
              ?st rdf:subject ?e ; rdf:predicate skos:exactMatch ; cst:linkTarget ?target ; dcterms:identifier ?id ;
                  cst:linkStatus ?status .
            } ORDER BY ?e ?target ?id""";

    private final ReconIndex index;
    private final Sparql sparql;
    private volatile Map<String, String> ranges;

    Extension(ReconIndex index, Sparql sparql) {
        this.index = index;
        this.sparql = sparql;
    }

    /** The properties worth adding for entities of {@code type} (any type when null): names, relations, codes, links. */
    Proposal propose(EntityType type, String typeId, int limit) {
        List<Property> out = new ArrayList<>();
        for (String lang : NAME_LANGS)
            out.add(new Property(NAME + lang, "name (" + LANG_NAMES.get(lang) + ")", null));
        Map<String, Integer> uses = new HashMap<>();
        for (ReconEntity e : index.entities())
            if (type == null || Types.instance(e.types(), type))
                e.links().forEach((p, to) -> uses.merge(p, to.size(), Integer::sum));
        uses.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(u -> out.add(relation(u.getKey())));
        if (type == null || type == EntityType.Region)
            out.add(new Property(CODE, "GB/T 2260 division code", null));
        for (Target t : Target.values()) {
            out.add(new Property(t.id(), t.id() + " identifier", null));
            out.add(new Property(t.id() + STATUS, t.id() + " link status (unverified, verified-offline)", null));
        }
        return new Proposal(typeId, limit, out.subList(0, Math.min(limit, out.size())));
    }

    /** The property with this id, or null when there is none. */
    Property property(String id) {
        if (id.startsWith(NAME) && NAME_LANGS.contains(id.substring(NAME.length())))
            return new Property(id, "name (" + LANG_NAMES.get(id.substring(NAME.length())) + ")", null);
        if (id.equals(CODE))
            return new Property(CODE, "GB/T 2260 division code", null);
        for (Target t : Target.values()) {
            if (id.equals(t.id()))
                return new Property(id, t.id() + " identifier", null);
            if (id.equals(t.id() + STATUS))
                return new Property(id, t.id() + " link status (unverified, verified-offline)", null);
        }
        Resource p = Ontology.ontology().getResource(CST.NS + id);
        return Ontology.ontology().contains(p, RDF.type, OWL.ObjectProperty) ? relation(id) : null;
    }

    /** The cells of each entity for each property; an unknown id gets empty cells, as the protocol asks. */
    Result extend(List<String> ids, List<Property> properties, String lang) {
        boolean links = properties.stream().anyMatch(p -> isLink(p.id()));
        Map<String, Map<String, List<Value>>> external = links ? externalLinks(ids) : Map.of();
        Map<String, Map<String, List<Value>>> rows = new LinkedHashMap<>();
        for (String id : ids) {
            ReconEntity e = index.byId(id);
            Map<String, List<Value>> row = new LinkedHashMap<>();
            for (Property p : properties)
                row.put(p.id(), e == null ? List.of() : values(e, p, external.getOrDefault(id, Map.of()), lang));
            rows.put(id, row);
        }
        return new Result(properties, rows);
    }

    private List<Value> values(ReconEntity e, Property p, Map<String, List<Value>> external, String lang) {
        if (p.id().startsWith(NAME)) {
            String wanted = p.id().substring(NAME.length());
            Set<String> names = new LinkedHashSet<>();
            for (ReconEntity.Label l : e.labels()) // labels and preferred labels first (the index keeps that order)
                if (l.lang().equals(wanted) && !l.property().equals("altLabel") && !l.property().equals(CODE))
                    names.add(l.text());
            return names.stream().map(Value::string).toList();
        }
        if (p.id().equals(CODE))
            return e.labels().stream().filter(l -> l.property().equals(CODE)).map(l -> Value.string(l.text()))
                    .distinct().toList();
        if (isLink(p.id()))
            return external.getOrDefault(p.id(), List.of());
        List<Value> out = new ArrayList<>();
        for (String to : e.links().getOrDefault(p.id(), Set.of())) {
            ReconEntity target = index.byId(to);
            out.add(Value.entity(to, target == null ? to : target.name(lang)));
        }
        out.sort(Comparator.comparing(Value::id));
        return out;
    }

    private static boolean isLink(String id) {
        for (Target t : Target.values())
            if (id.equals(t.id()) || id.equals(t.id() + STATUS))
                return true;
        return false;
    }

    /** Identifiers and statuses of the link table's rows stated for these entities, by entity and property id. */
    private Map<String, Map<String, List<Value>>> externalLinks(List<String> ids) {
        Map<String, Map<String, List<Value>>> out = new HashMap<>();
        if (ids.isEmpty())
            return out;
        StringBuilder values = new StringBuilder();
        for (String id : ids)
            if (id.matches("[A-Za-z0-9_./~-]+"))
                values.append('<').append(CST.ID_NS).append(id).append("> ");
        if (values.isEmpty())
            return out;
        ParameterizedSparqlString q = Sparql.query(LINKS.formatted(values));
        for (QuerySolution row : sparql.select(q)) {
            String id = row.getResource("e").getURI().substring(CST.ID_NS.length());
            String target = row.getLiteral("target").getLexicalForm();
            Map<String, List<Value>> cells = out.computeIfAbsent(id, k -> new HashMap<>());
            cells.computeIfAbsent(target, k -> new ArrayList<>())
                    .add(Value.string(row.getLiteral("id").getLexicalForm()));
            cells.computeIfAbsent(target + STATUS, k -> new ArrayList<>())
                    .add(Value.string(row.getLiteral("status").getLexicalForm()));
        }
        return out;
    }

    /** A relation property with its English label and the class its values most often have. */
    private Property relation(String id) {
        String range = ranges().getOrDefault(id, EntityType.Organization.name());
        return new Property(id, englishLabel(Ontology.ontology().getResource(CST.NS + id)), Types.type(range));
    }

    /** For each relation, the commonest class of its values (ties by name), read once from the index. */
    private Map<String, String> ranges() {
        Map<String, String> r = ranges;
        if (r != null)
            return r;
        Map<String, Map<String, Integer>> classes = new HashMap<>();
        for (ReconEntity e : index.entities())
            e.links().forEach((p, targets) -> {
                for (String to : targets) {
                    ReconEntity target = index.byId(to);
                    if (target != null)
                        for (String t : target.types())
                            classes.computeIfAbsent(p, k -> new HashMap<>()).merge(t, 1, Integer::sum);
                }
            });
        Map<String, String> out = new HashMap<>();
        classes.forEach((p, counts) -> counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .findFirst().ifPresent(c -> out.put(p, c.getKey())));
        return ranges = Map.copyOf(out);
    }

    /** A resource's English label, else its local name. */
    static String englishLabel(Resource r) {
        var it = r.listProperties(RDFS.label);
        while (it.hasNext()) {
            var l = it.next().getObject();
            if (l.isLiteral() && l.asLiteral().getLanguage().equals("en"))
                return l.asLiteral().getLexicalForm();
        }
        return r.getLocalName();
    }
}
