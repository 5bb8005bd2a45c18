package org.cstkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.lexicon.LexiconFile;
import org.cstkg.lexicon.Media;
import org.cstkg.span.Mention;

/**
 * What looks like a name but is not an entity of the graph: news media and journals cited as sources (the text's
 * provenance, {@code data/lexicon/media.tsv}), and concepts, generic categories and metaphors
 * ({@code data/lexicon/not-entities.tsv}). A candidate inside such a span is dropped; a medium is kept as a source.
 */
final class NotEntities {

    private final NameMatcher<String> blocked = new NameMatcher<>();
    private final Set<String> blockedKeys = new java.util.HashSet<>();
    private final NameMatcher<Media.Outlet> media = new NameMatcher<>();
    private final Media outlets;

    NotEntities() {
        for (LexiconFile.Row r : LexiconFile.rows("not-entities.tsv", "form", "kind")) {
            if (!Set.of("concept", "category", "metaphor").contains(r.get(1)))
                throw r.error("kind must be concept, category or metaphor: " + r.get(1));
            blocked.add(r.get(0), r.get(1));
            blockedKeys.add(org.cstkg.span.NameKey.of(r.get(0)));
        }
        outlets = Media.get();
        for (Media.Outlet o : outlets.outlets()) {
            o.ko().forEach(f -> media.add(f, o));
            if (o.zh() != null && o.zh().codePoints().anyMatch(org.cstkg.hanzi.HanziTable::isHan))
                media.add(o.zh(), o);
        }
    }

    /**
     * Drops from {@code candidates} those that are not entities; returns the media the segment cites.
     *
     * @param text the segment's normalised text
     */
    List<Media.Outlet> filter(String text, List<Mention> candidates) {
        List<int[]> spans = new ArrayList<>();
        blocked.find(text).forEach(h -> spans.add(new int[] { h.start(), h.end() }));
        List<Media.Outlet> cited = new ArrayList<>();
        List<int[]> mediaSpans = new ArrayList<>();
        for (NameMatcher.Hit<Media.Outlet> h : media.find(text)) {
            mediaSpans.add(new int[] { h.start(), h.end() });
            cited.add(h.targets().iterator().next());
        }
        candidates.removeIf(m -> {
            if (inside(m, spans) || blockedKeys.contains(org.cstkg.span.NameKey.of(m.name())))
                return true; // 거대언어모델(LLM) is the category, glossed
            if (inside(m, mediaSpans))
                return true;
            Media.Outlet o = outletOf(m);
            if (o != null) {
                cited.add(o);
                return true;
            }
            return false;
        });
        return cited;
    }

    /** The medium a candidate names by its entry, its Hanja or its name, or null. */
    private Media.Outlet outletOf(Mention m) {
        GazetteerEntry e = m.entry();
        Collection<String> names = new ArrayList<>();
        if (e != null) {
            names.add(e.zhHans());
            names.add(e.en());
        }
        names.add(m.hanja());
        names.add(m.name());
        for (String n : names)
            if (n != null && !n.isBlank()) {
                var o = outlets.find(n);
                if (o.isPresent())
                    return o.get();
            }
        return null;
    }

    private static boolean inside(Mention m, List<int[]> spans) {
        for (int[] s : spans)
            if (s[0] <= m.start() && m.end() <= s[1])
                return true;
        return false;
    }
}
