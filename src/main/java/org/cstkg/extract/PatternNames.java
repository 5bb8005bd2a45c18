package org.cstkg.extract;

import java.util.List;
import java.util.Map;

import org.cstkg.document.Segment;
import org.cstkg.span.Mention;

/**
 * Names the gazetteer does not know, found by their form ({@link PatternRecognizer}): Hanja glosses, suffix names,
 * titled persons, quoted titles, numbered missions and events, product names; in table rows, policy titles standing
 * alone in a cell.
 */
final class PatternNames implements MentionRule {

    private final PatternRecognizer rules;

    PatternNames(PatternRecognizer rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "patterns";
    }

    @Override
    public void find(SegmentText s, Map<String, String> glosses, Candidates found) {
        List<Mention> known = List.copyOf(found.all());
        rules.find(s.index(), s.text(), known, glosses).forEach(found::add);
        if (s.segment().kind() == Segment.Kind.TABLE_ROW)
            rules.tableCells(s.index(), s.text()).forEach(found::add);
    }
}
