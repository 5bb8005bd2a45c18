package org.cstkg.link;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What verification needs of one record of a target's dump: its identifier, its names by language ({@code zh} covers
 * every Chinese variant, {@code en}, {@code ko}; acronyms apart, in {@link Ror#acronyms}), the classes it is an instance
 * of (Wikidata P31; ROR types, lower case), its administrative division codes (Wikidata P442, as written), the Wikidata
 * ids it names (ROR's external ids) and, for a ROR record, what only ROR says.
 */
record DumpRecord(Target target, String id, Map<String, Set<String>> names, Set<String> classes, List<String> p442,
        Set<String> wikidata, Ror ror) {

    /**
     * What a ROR record says besides its names: its status (active, inactive, withdrawn), acronyms, the Wikidata id it
     * marks preferred (null when none is), its places, the date it was last modified (schema v2; null in v1) and its
     * relationships.
     */
    record Ror(String status, Set<String> acronyms, String preferredWikidata, List<Place> places, String lastModified,
            List<Relation> relations) {}

    /** A record's relationship: its type as ROR writes it, lower case (parent, child, related …), id and label. */
    record Relation(String type, String id, String label) {}

    /**
     * A place a ROR record locates its organisation in: the GeoNames id and name of the city, its first-level
     * subdivision (province) and country, as the record writes them (v2 {@code locations}, v1 {@code addresses}
     * and {@code country}); v1 also gives the subdivision's GeoNames id ({@code geonames_admin1}), else null.
     */
    record Place(String geonamesId, String city, String subdivision, String subdivisionGeonamesId, String country) {}

    /** The language group a dump's language code belongs to: zh-hans, zh-cn, zh-tw … are all {@code zh}. */
    static String group(String lang) {
        if (lang == null)
            return "";
        String l = lang.toLowerCase(java.util.Locale.ROOT);
        if (l.equals("zh") || l.startsWith("zh-") || l.startsWith("zh_"))
            return "zh";
        if (l.equals("en") || l.startsWith("en-"))
            return "en";
        if (l.equals("ko") || l.startsWith("ko-"))
            return "ko";
        return l;
    }
}
