package org.cstkg.gazetteer;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.cstkg.rdf.EntityType;

/**
 * One curated entity: its names in every script and its place in the hierarchy. Blank fields become null; lists are
 * never null and hold no blank element. {@code partOf} and {@code locatedIn} are ids of other entries.
 */
public record GazetteerEntry(String id, EntityType type, String en, String zhHans, String zhHant, String pinyin,
        List<String> ko, List<String> abbr, String partOf, String locatedIn, String wikidata) {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    public GazetteerEntry {
        Objects.requireNonNull(type, "type");
        id = blankToNull(id);
        if (id == null || !ID.matcher(id).matches())
            throw new IllegalArgumentException("bad id '" + id + "': letters, digits and _ only, starting with a letter");
        en = blankToNull(en);
        zhHans = blankToNull(zhHans);
        zhHant = blankToNull(zhHant);
        pinyin = blankToNull(pinyin);
        partOf = blankToNull(partOf);
        locatedIn = blankToNull(locatedIn);
        wikidata = blankToNull(wikidata);
        ko = clean(ko, "ko", id);
        abbr = clean(abbr, "abbr", id);
        if (en == null && zhHans == null && ko.isEmpty())
            throw new IllegalArgumentException(id + " has no name (en, zh_hans and ko are all empty)");
        if (wikidata != null && !QID.matcher(wikidata).matches())
            throw new IllegalArgumentException("bad Wikidata id '" + wikidata + "' for " + id + " (expected Q123)");
        if (id.equals(partOf) || id.equals(locatedIn))
            throw new IllegalArgumentException(id + " refers to itself");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> clean(List<String> forms, String field, String id) {
        if (forms == null)
            return List.of();
        for (String f : forms)
            if (f == null || f.isBlank() || f.contains("|") || f.contains("\t"))
                throw new IllegalArgumentException("bad " + field + " form '" + f + "' for " + id);
        return forms.stream().map(String::strip).distinct().toList();
    }
}
