package org.cstkg.extract;

import java.util.List;
import java.util.Map;

import org.cstkg.span.Mention;

/**
 * A family of rules that find names in one segment, in the manner of OpenNLP's name finders: it reads the segment's
 * text and pushes {@link Mention}s. Rules run in order; each sees the candidates of the rules before it (a suffix
 * name that begins with a known place, a place that stands in a list of known places). Overlaps are settled after
 * all rules ran.
 */
public interface MentionRule {

    /** Short name, for messages and {@code --explain}. */
    String name();

    /**
     * @param glosses Korean words the document glosses with Hanja anywhere
     * @param found   the candidates of the earlier rules; add this rule's own to it
     */
    void find(SegmentText segment, Map<String, String> glosses, Candidates found);

    /** The candidate spans of one segment, as the rules add them. */
    final class Candidates {
        private final java.util.ArrayList<Mention> list = new java.util.ArrayList<>();

        public void add(Mention m) {
            list.add(m);
        }

        /** The candidates so far, in the order they were added. */
        public List<Mention> all() {
            return java.util.Collections.unmodifiableList(list);
        }

        /** Drops candidates a later, better reading replaces (the same entry spelled within a longer variant). */
        void removeIf(java.util.function.Predicate<Mention> p) {
            list.removeIf(p);
        }
    }
}
