package org.cstkg.reconcile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An entity as reconciliation sees it: id (the IRI after {@code …/id/}), class local names, labels, and the entities
 * it points to by property ({@code locatedIn → {region/beijing}}).
 */
record ReconEntity(String id, String iri, List<String> types, List<Label> labels, Map<String, Set<String>> links) {

    /** One label as the store has it: text, language tag, and the property ({@code label}, {@code prefLabel}, {@code altLabel}). */
    record Label(String text, String lang, String property) {}

    /** The label to show in {@code lang} (a tag or its prefix, {@code zh} for zh-Hans), else Korean, English, Chinese. */
    String name(String lang) {
        if (lang != null && !lang.isBlank()) {
            String l = best(lang);
            if (l != null)
                return l;
        }
        for (String p : List.of("ko", "en", "zh-Hans", "zh-Hant"))
            if (best(p) != null)
                return best(p);
        return labels.stream().filter(l -> !l.property().equals("divisionCode")).map(Label::text).findFirst()
                .orElse(id);
    }

    private String best(String lang) {
        String fallback = null;
        for (Label l : labels) {
            if (l.property().equals("divisionCode"))
                continue;
            if (l.lang().equalsIgnoreCase(lang) || l.lang().toLowerCase().startsWith(lang.toLowerCase() + "-")) {
                if (!l.property().equals("altLabel"))
                    return l.text();
                if (fallback == null)
                    fallback = l.text();
            }
        }
        return fallback;
    }

    /** The labels other than the display name, a few per language: what OpenRefine shows as the description. */
    String description(String lang) {
        String shown = name(lang);
        StringBuilder sb = new StringBuilder();
        java.util.Set<String> langs = new java.util.HashSet<>();
        for (Label l : labels)
            if (!l.text().equals(shown) && !l.property().equals("altLabel") && !l.property().equals("divisionCode")
                    && langs.add(l.lang()))
                sb.append(sb.length() == 0 ? "" : " · ").append(l.text());
        return sb.toString();
    }
}
