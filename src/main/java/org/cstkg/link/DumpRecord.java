package org.cstkg.link;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What verification needs of one record of a target's dump: its identifier, its names by language ({@code zh} covers
 * every Chinese variant, {@code en}, {@code ko}), the classes it is an instance of, its administrative division codes
 * (Wikidata P442, as written), and the Wikidata ids it names (ROR's external ids).
 */
record DumpRecord(Target target, String id, Map<String, Set<String>> names, Set<String> classes, List<String> p442,
        Set<String> wikidata) {

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
