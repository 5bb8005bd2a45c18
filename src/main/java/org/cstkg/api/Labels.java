package org.cstkg.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.shared.PrefixMapping;
import org.cstkg.rdf.CST;

/** Picking a display label among labels in several languages, and compact property names. */
public final class Labels {

    /** Display preference: Korean (the reports' language), then English, then Chinese. */
    public static final List<String> PREFERENCE = List.of("ko", "en", "zh-Hans", "zh-Hant", "zh", "zh-Latn-pinyin");

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("cst", CST.NS)
            .setNsPrefix("cstid", Ids.BASE)
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .lock();

    private Labels() {}

    /** The preferred label of a language → labels map, or null if it is empty. */
    public static String pick(Map<String, List<String>> byLang) {
        for (String lang : PREFERENCE) {
            List<String> labels = byLang.get(lang);
            if (labels != null && !labels.isEmpty())
                return labels.get(0);
        }
        return byLang.values().stream().flatMap(List::stream).findFirst().orElse(null);
    }

    /** Adds a literal to a language → labels map ("" for no language tag), keeping the first-seen order. */
    public static void add(Map<String, List<String>> byLang, Literal label) {
        List<String> list = byLang.computeIfAbsent(label.getLanguage(), k -> new java.util.ArrayList<>());
        if (!list.contains(label.getLexicalForm()))
            list.add(label.getLexicalForm());
    }

    /** An empty language → labels map with a stable (sorted) key order for JSON. */
    public static Map<String, List<String>> byLanguage() {
        return new TreeMap<>();
    }

    /** {@code cst:issuedBy} for the full IRI, or the IRI when no prefix fits. */
    public static String compact(String iri) {
        return PREFIXES.shortForm(iri);
    }

    public static Map<String, String> prefixes() {
        return new LinkedHashMap<>(PREFIXES.getNsPrefixMap());
    }
}
