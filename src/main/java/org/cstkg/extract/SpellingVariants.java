package org.cstkg.extract;

import java.util.Map;

import org.cstkg.span.Mention;

/**
 * A long gazetteer name spelled one syllable apart ({@code 웨이강아오대만구} for 웨강아오대만구). It replaces the exact
 * names of the same entry inside it, and never a span that crosses it.
 */
final class SpellingVariants implements MentionRule {

    private final Lexicon lexicon;

    SpellingVariants(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "spelling-variant";
    }

    @Override
    public void find(SegmentText s, Map<String, String> glosses, Candidates found) {
        for (VariantMatcher.Hit<org.cstkg.gazetteer.GazetteerEntry> h : lexicon.variants().find(s.text()))
            if (found.all().stream().noneMatch(k -> k.start() < h.end() && h.start() < k.end()
                    && !(h.start() <= k.start() && k.end() <= h.end()))) {
                found.removeIf(k -> h.start() <= k.start() && k.end() <= h.end() && k.entry() == h.target());
                String surface = s.raw().substring(h.start(), h.end());
                found.add(new Mention(s.index(), h.start(), h.end(), surface, h.target().type(), Texts.clean(surface),
                        null, null, null, h.target(), name()));
            }
    }
}
