package org.cstkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.span.Mention;

/** Every Korean, Chinese, English and abbreviated name of the gazetteer, and the Korean forms derived from Chinese. */
final class GazetteerNames implements MentionRule {

    private final Lexicon lexicon;

    GazetteerNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "gazetteer";
    }

    @Override
    public void find(SegmentText s, Map<String, String> glosses, Candidates found) {
        List<NameMatcher.Hit<GazetteerEntry>> hits = new ArrayList<>(lexicon.matcher().find(s.text()));
        hits.addAll(lexicon.derived().find(s.text()));
        for (NameMatcher.Hit<GazetteerEntry> h : hits) {
            GazetteerEntry e = h.targets().iterator().next();
            String surface = s.raw().substring(h.start(), h.end());
            found.add(new Mention(s.index(), h.start(), h.end(), surface, e.type(), Texts.clean(surface), null, null,
                    null, e, name()));
        }
    }
}
