package org.cstkg.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The word lists of {@code data/generate/words.tsv}: topics, name parts, titles, part and category names. */
final class Words {

    /** A word and its Chinese form (empty where the list has none). */
    record Word(String ko, String zh) {}

    private final Map<String, List<Word>> lists;

    private Words(Map<String, List<Word>> lists) {
        this.lists = lists;
    }

    static Words load() {
        return of(DataFile.rows("words.tsv", "list", "ko", "zh"));
    }

    static Words of(List<DataFile.Row> rows) {
        Map<String, List<Word>> lists = new LinkedHashMap<>();
        for (DataFile.Row r : rows) {
            if (r.get(1).isEmpty())
                throw r.error("empty word");
            lists.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(new Word(r.get(1), r.get(2)));
        }
        lists.replaceAll((k, v) -> List.copyOf(v));
        return new Words(lists);
    }

    List<Word> list(String name) {
        List<Word> l = lists.get(name);
        if (l == null)
            throw new IllegalStateException("words.tsv: no list named '" + name + "'");
        return l;
    }

    Word pick(String list, Random r) {
        List<Word> l = list(list);
        return l.get(r.nextInt(l.size()));
    }
}
