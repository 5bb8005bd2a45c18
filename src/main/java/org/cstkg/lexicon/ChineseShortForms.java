package org.cstkg.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The short forms Chinese texts use for central bodies (科技部, 工信部, 发改委), by gazetteer id, read from
 * {@code data/lexicon/chinese-short-forms.tsv}: names to match in text and labels to search by.
 */
public final class ChineseShortForms {

    private static final ChineseShortForms STANDARD = new ChineseShortForms();

    private final Map<String, List<String>> byId = new LinkedHashMap<>();

    private ChineseShortForms() {
        for (LexiconFile.Row r : LexiconFile.rows("chinese-short-forms.tsv", "form", "id"))
            byId.computeIfAbsent(r.get(1).strip(), k -> new ArrayList<>()).add(r.get(0).strip());
    }

    public static ChineseShortForms get() {
        return STANDARD;
    }

    /** Every gazetteer id with its short forms (simplified), in file order. */
    public Map<String, List<String>> all() {
        return java.util.Collections.unmodifiableMap(byId);
    }

    /** The short forms of one gazetteer entry (simplified), or none. */
    public List<String> of(String id) {
        return byId.getOrDefault(id, List.of());
    }
}
