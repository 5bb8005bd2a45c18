package org.cstkg.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * News media, agencies, portals and journals ({@code data/lexicon/media.tsv}): what a text names as its source or
 * publisher. A name here is provenance, never an entity the text is about.
 */
public final class Media {

    /** One outlet: its id, Korean forms, Chinese and English names and kind (agency, newspaper, …). */
    public record Outlet(String id, List<String> ko, String zh, String en, String kind) {
        /** The name to show: the first Korean form. */
        public String name() {
            return ko.isEmpty() ? en : ko.get(0);
        }
    }

    private static volatile Media standard;

    private final List<Outlet> outlets;
    private final Map<String, Outlet> byForm = new HashMap<>();

    Media(List<LexiconFile.Row> rows) {
        List<Outlet> list = new ArrayList<>();
        for (LexiconFile.Row r : rows) {
            Outlet o = new Outlet(r.get(0), r.list(1), r.get(2), r.get(3), r.get(4));
            if (o.ko().isEmpty())
                throw r.error("no Korean form");
            for (String f : o.ko()) {
                Outlet before = byForm.put(key(f), o);
                if (before != null && before != o)
                    throw r.error("form '" + f + "' also names " + before.id());
            }
            byForm.putIfAbsent(key(o.zh()), o);
            byForm.putIfAbsent(key(o.en()), o);
            list.add(o);
        }
        this.outlets = Collections.unmodifiableList(list);
    }

    public static Media get() {
        Media m = standard;
        if (m == null)
            synchronized (Media.class) {
                if (standard == null)
                    standard = new Media(LexiconFile.rows("media.tsv", "id", "ko", "zh", "en", "kind"));
                m = standard;
            }
        return m;
    }

    public List<Outlet> outlets() {
        return outlets;
    }

    /** The outlet a name (any of its forms, spaces and case ignored) stands for. */
    public Optional<Outlet> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byForm.get(key(name)));
    }

    /** The name without white space ({@code \s}: space, tab, line breaks), {@code ·} and {@code .}, in lower case. */
    private static String key(String s) {
        StringBuilder b = null; // made only for a name that holds one of them
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ignored = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '·'
                    || c == '.';
            if (ignored && b == null)
                b = new StringBuilder(s.length()).append(s, 0, i);
            else if (!ignored && b != null)
                b.append(c);
        }
        return (b == null ? s : b.toString()).toLowerCase(Locale.ROOT);
    }
}
