package org.cstkg.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The templates of {@code data/generate/templates.tsv} by kind, each checked against the slots a cast fills. */
final class Templates {

    static final List<String> KINDS = List.of("title", "subhead", "lead", "bullet", "note", "caption", "header", "row",
            "reference");

    private final Map<String, List<Template>> byKind;

    private Templates(Map<String, List<Template>> byKind) {
        this.byKind = byKind;
    }

    static Templates load() {
        return of(DataFile.rows("templates.tsv", "kind", "template"));
    }

    static Templates of(List<DataFile.Row> rows) {
        Map<String, List<Template>> byKind = new LinkedHashMap<>();
        for (DataFile.Row r : rows) {
            if (!KINDS.contains(r.get(0)))
                throw r.error("unknown kind '" + r.get(0) + "' (one of " + KINDS + ")");
            byKind.computeIfAbsent(r.get(0), k -> new ArrayList<>())
                    .add(Template.parse(r.get(1), Cast.SLOTS, r.file() + ":" + r.line()));
        }
        for (String k : KINDS)
            if (!byKind.containsKey(k))
                throw new IllegalStateException("templates.tsv: no template of kind '" + k + "'");
        byKind.replaceAll((k, v) -> List.copyOf(v));
        return new Templates(byKind);
    }

    Template pick(String kind, Random r) {
        List<Template> l = byKind.get(kind);
        return l.get(r.nextInt(l.size()));
    }

    /** {@code n} templates of a kind, different while there are enough of them. */
    List<Template> pickDistinct(String kind, int n, Random r) {
        List<Template> pool = new ArrayList<>(byKind.get(kind));
        List<Template> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (pool.isEmpty())
                pool.addAll(byKind.get(kind));
            out.add(pool.remove(r.nextInt(pool.size())));
        }
        return out;
    }
}
