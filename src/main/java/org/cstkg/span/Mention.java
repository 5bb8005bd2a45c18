package org.cstkg.span;

import java.util.List;
import java.util.Objects;

import org.cstkg.rdf.EntityType;
import org.cstkg.gazetteer.GazetteerEntry;

/**
 * A span of a segment that names an entity.
 *
 * @param segment index of the segment in its article, or -1 for a name from the report's metadata
 * @param start   offset of the first character in the segment text
 * @param end     offset after the last character
 * @param name    the Korean name cleaned of glosses, e.g. {@code 선저우 16호} for {@code 선저우(神舟) 16호}
 * @param hanja   Chinese characters written with the name, or null
 * @param zh      a Chinese name derived for the whole span, or null
 * @param en      an English name derived for the whole span, or null
 * @param entry   the gazetteer entry it names, or null for a name found by a rule alone
 * @param rule    the rule that found it (provenance)
 * @param alt     other names the span gives the entity (a city's bureau without its city), labels only
 */
public record Mention(int segment, int start, int end, String surface, EntityType type, String name, String hanja,
        String zh, String en, GazetteerEntry entry, String rule, List<String> alt) {

    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (start < 0 || end <= start || segment < -1)
            throw new IllegalArgumentException("bad span " + start + ".." + end + " for " + name);
        alt = List.copyOf(alt);
    }

    public Mention(int segment, int start, int end, String surface, EntityType type, String name, String hanja,
            String zh, String en, GazetteerEntry entry, String rule) {
        this(segment, start, end, surface, type, name, hanja, zh, en, entry, rule, List.of());
    }

    /** The span, type and name only (equal mentions still hash alike): the gazetteer entry is not hashed. */
    @Override
    public int hashCode() {
        return Objects.hash(segment, start, end, type, name);
    }

    public Mention withAlt(String a) {
        List<String> more = new java.util.ArrayList<>(alt);
        more.add(a);
        return new Mention(segment, start, end, surface, type, name, hanja, zh, en, entry, rule, more);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Mention m) {
        return start <= m.start && m.end <= end && !equals(m);
    }

    public boolean overlaps(Mention m) {
        return start < m.end && m.start < end;
    }

    public Mention withEntry(GazetteerEntry e) {
        return new Mention(segment, start, end, surface, e.type(), name, hanja, zh, en, e, rule, alt);
    }
}
