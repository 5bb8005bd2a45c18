package org.cstkg.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * One curated entity: its names in every script and its place in the hierarchy. Empty fields are null; lists are
 * never null.
 */
public record GazetteerEntry(String id, EntityType type, String en, String zhHans, String zhHant, String pinyin,
        List<String> ko, List<String> abbr, String partOf, String locatedIn, String wikidata) {

    public GazetteerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (!id.matches("[A-Za-z][A-Za-z0-9_]*"))
            throw new IllegalArgumentException("bad id '" + id + "'");
        if (wikidata != null && !wikidata.matches("Q[1-9][0-9]*"))
            throw new IllegalArgumentException("bad Wikidata id '" + wikidata + "' for " + id);
        ko = List.copyOf(ko);
        abbr = List.copyOf(abbr);
    }
}
