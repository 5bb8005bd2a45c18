package org.cstkg.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.rdf.EntityType;
import org.cstkg.span.Mention;

/**
 * Short place names that are also everyday words ({@code 저장} is "storage"; {@code data/lexicon/ambiguous-forms.tsv})
 * name the place only inside a list of places: {@code 베이징, 광둥, 저장, 상하이}.
 */
final class PlacesInLists implements MentionRule {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("^\\s*[,·、]\\s*$");

    private final Lexicon lexicon;

    PlacesInLists(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "place-in-list";
    }

    @Override
    public void find(SegmentText s, Map<String, String> glosses, Candidates found) {
        for (NameMatcher.Hit<GazetteerEntry> h : lexicon.ambiguous().find(s.text()))
            if (inListOfPlaces(s.text(), h.start(), h.end(), found.all())) {
                String surface = s.raw().substring(h.start(), h.end());
                found.add(new Mention(s.index(), h.start(), h.end(), surface, EntityType.Region, surface, null, null,
                        null, h.targets().iterator().next(), name()));
            }
    }

    private static boolean inListOfPlaces(String text, int start, int end, List<Mention> known) {
        for (Mention k : known) {
            if (k.type() != EntityType.Region)
                continue;
            if (k.end() <= start && LIST_SEPARATOR.matcher(text.substring(k.end(), start)).matches())
                return true;
            if (k.start() >= end && LIST_SEPARATOR.matcher(text.substring(end, k.start())).matches())
                return true;
        }
        return false;
    }
}
