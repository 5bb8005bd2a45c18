package org.cstkg.link;

import java.util.Locale;
import java.util.regex.Pattern;

/** The datasets a link may point into, with the form of their identifiers and the IRI an identifier becomes. */
public enum Target {
    WIKIDATA("wikidata", "http://www.wikidata.org/entity/", "https://www.wikidata.org/wiki/", "Q[1-9][0-9]*"),
    ROR("ror", "https://ror.org/", "https://ror.org/", "0[a-hj-km-np-tv-z0-9]{6}[0-9]{2}"),
    GEONAMES("geonames", "https://sws.geonames.org/", "https://www.geonames.org/", "[1-9][0-9]*"),
    DBPEDIA("dbpedia", "http://dbpedia.org/resource/", "https://dbpedia.org/page/", "[^\\s/?#<>\"]+");

    private final String name;
    private final String iriBase;
    private final String pageBase;
    private final Pattern id;

    Target(String name, String iriBase, String pageBase, String id) {
        this.name = name;
        this.iriBase = iriBase;
        this.pageBase = pageBase;
        this.id = Pattern.compile(id);
    }

    /** The name used in the link table and the API: wikidata, ror, geonames, dbpedia. */
    public String id() {
        return name;
    }

    /** The linked-data IRI of an identifier ({@code http://www.wikidata.org/entity/Q148}). */
    public String iri(String identifier) {
        return iriBase + identifier + (this == GEONAMES ? "/" : "");
    }

    /** The page a person follows ({@code https://www.wikidata.org/wiki/Q148}). */
    public String page(String identifier) {
        return pageBase + identifier + (this == GEONAMES ? "/" : "");
    }

    public boolean valid(String identifier) {
        return identifier != null && id.matcher(identifier).matches();
    }

    public static Target of(String name) {
        for (Target t : values())
            if (t.name.equals(name == null ? "" : name.strip().toLowerCase(Locale.ROOT)))
                return t;
        throw new IllegalArgumentException("unknown target '" + name + "' (wikidata, ror, geonames or dbpedia)");
    }
}
