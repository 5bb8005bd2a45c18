package org.cstkg.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.cstkg.rdf.CST;
import org.cstkg.rdf.EntityType;
import org.cstkg.serve.Sparql;
import org.cstkg.span.NameKey;
import org.cstkg.span.VariantIndex;

/**
 * Every entity of the store with every key its labels can be found under ({@link LabelForms}), read once from the
 * merged default graph. {@link ReconService} reads it again when the store has changed.
 */
final class ReconIndex {

    /** A key of a label of an entity. */
    record Entry(ReconEntity entity, LabelForms.Form form) {}

    private static final String ENTITY_CLASSES = String.join(", ",
            java.util.Arrays.stream(EntityType.values()).map(t -> "<" + CST.NS + t.name() + ">").toList());

    private static final String TYPES = """
            SELECT ?e ?t WHERE { ?e a ?t FILTER(?t IN (%s)) }""".formatted(ENTITY_CLASSES);
    private static final String LABELS = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX cst: <%s>
            SELECT ?e ?p ?l WHERE {
              ?e a ?t FILTER(?t IN (%s)) VALUES ?p { rdfs:label skos:prefLabel skos:altLabel cst:divisionCode } ?e ?p ?l
            }""".formatted(CST.NS, ENTITY_CLASSES);
    private static final String LINKS = """
            SELECT ?e ?p ?o WHERE {
              ?e a ?t FILTER(?t IN (%1$s)) ?e ?p ?o . ?o a ?u FILTER(?u IN (%1$s))
              FILTER(STRSTARTS(STR(?p), "%2$s"))
            }""".formatted(ENTITY_CLASSES, CST.NS);

    /** The order labels are shown in: the reports' language first. */
    private static final List<String> LANGS = List.of("ko", "en", "zh-Hans", "zh-Hant", "zh-Latn-pinyin");
    /** Hangul keys this long or longer are also found one transcription syllable apart (탕홍뽀 for 탕홍보). */
    static final int VARIANT_SYLLABLES = 3;

    private final Map<String, ReconEntity> byId;
    private final Map<String, List<Entry>> byKey = new HashMap<>();
    private final VariantIndex<Entry> variants = new VariantIndex<>();

    private ReconIndex(Map<String, ReconEntity> byId) {
        this.byId = byId;
        LabelForms forms = new LabelForms();
        for (ReconEntity e : byId.values()) {
            boolean person = e.types().contains(EntityType.Person.name());
            Set<String> seen = new java.util.HashSet<>();
            for (ReconEntity.Label l : e.labels())
                for (LabelForms.Form f : forms.of(l, person)) {
                    if (!seen.add(f.key() + "\u0000" + f.feature() + "\u0000" + f.written()))
                        continue;
                    Entry entry = new Entry(e, f);
                    byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(entry);
                    if (NameKey.syllables(f.key()) >= VARIANT_SYLLABLES && NameKey.syllables(f.key()) == f.key().length())
                        variants.add(f.key(), entry);
                }
        }
    }

    /**
     * Reads the entities of the store (each query in a read transaction of its own, or one request), without the
     * request timeout: under load, reading every label of a large store may take longer than any one request may.
     */
    static ReconIndex of(Sparql sparql) {
        Map<String, List<String>> types = new LinkedHashMap<>();
        Map<String, List<ReconEntity.Label>> labels = new HashMap<>();
        Map<String, Map<String, Set<String>>> links = new HashMap<>();
        select(sparql, TYPES, row -> {
            String id = id(row.getResource("e").getURI());
            if (id != null)
                types.computeIfAbsent(id, k -> new ArrayList<>()).add(row.getResource("t").getLocalName());
        });
        select(sparql, LABELS, row -> {
            String id = id(row.getResource("e").getURI());
            if (id == null || !row.get("l").isLiteral())
                return;
            labels.computeIfAbsent(id, k -> new ArrayList<>()).add(new ReconEntity.Label(
                    row.getLiteral("l").getLexicalForm(), row.getLiteral("l").getLanguage(),
                    row.getResource("p").getLocalName()));
        });
        select(sparql, LINKS, row -> {
            String id = id(row.getResource("e").getURI()), to = id(row.getResource("o").getURI());
            if (id != null && to != null)
                links.computeIfAbsent(id, k -> new HashMap<>())
                        .computeIfAbsent(row.getResource("p").getLocalName(), k -> new LinkedHashSet<>()).add(to);
        });
        Map<String, ReconEntity> byId = new LinkedHashMap<>();
        types.forEach((id, t) -> {
            List<ReconEntity.Label> ls = new ArrayList<>(labels.getOrDefault(id, List.of()));
            // labels first, preferred labels next, alternatives last: the order names are shown in
            ls.sort(java.util.Comparator.comparingInt((ReconEntity.Label l) -> switch (l.property()) {
                case "prefLabel" -> 1;
                case "altLabel" -> 2;
                default -> 0;
            }).thenComparingInt(l -> LANGS.indexOf(l.lang()) < 0 ? LANGS.size() : LANGS.indexOf(l.lang()))
                    .thenComparing(ReconEntity.Label::text));
            byId.put(id, new ReconEntity(id, CST.ID_NS + id, List.copyOf(t), List.copyOf(ls),
                    Map.copyOf(links.getOrDefault(id, Map.of()))));
        });
        return new ReconIndex(byId);
    }

    private static void select(Sparql sparql, String query, java.util.function.Consumer<QuerySolution> row) {
        sparql.forEachInBackground(QueryFactory.create(query), row);
    }

    private static String id(String iri) {
        return iri != null && iri.startsWith(CST.ID_NS) ? iri.substring(CST.ID_NS.length()) : null;
    }

    ReconEntity byId(String id) {
        return byId.get(id);
    }

    Collection<ReconEntity> entities() {
        return byId.values();
    }

    /** Entries whose key is exactly {@code key}. */
    List<Entry> exact(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** Entries whose Hangul key is one transcription variant away from {@code key} (see {@link NameKey#oneSyllableApart}). */
    List<Entry> near(String key) {
        if (NameKey.syllables(key) < VARIANT_SYLLABLES || NameKey.syllables(key) != key.length())
            return List.of();
        return variants.near(key);
    }

    /** Every key with its entries, for containment matching. */
    Set<Map.Entry<String, List<Entry>>> keys() {
        return byKey.entrySet();
    }
}
