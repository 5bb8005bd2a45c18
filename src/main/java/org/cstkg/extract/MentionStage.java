package org.cstkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.cstkg.document.Segment;
import org.cstkg.rdf.EntityType;
import org.cstkg.span.Mention;

/**
 * Runs the mention rules over each segment, then settles overlaps: of two partly overlapping spans the longer stays,
 * and a span inside another stays only where it says something about it (a place or parent body in an institute's
 * name, a known place in a policy or event title).
 */
final class MentionStage implements Stage {

    private final List<MentionRule> rules;
    private final NotEntities notEntities = new NotEntities();

    MentionStage(List<MentionRule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public String name() {
        return "mentions";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TEXT, Annotation.GLOSSES);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.MENTIONS);
    }

    @Override
    public void apply(Work work) {
        for (Work.Part p : work.parts)
            for (SegmentText t : p.texts) {
                if (t.segment().kind() == Segment.Kind.SOURCE) { // 출처 lines: provenance, kept as references
                    List<Mention> media = find(t, work);
                    p.sources.addAll(notEntities.filter(t.text(), media));
                    p.mentions.add(new ArrayList<>());
                    continue;
                }
                List<Mention> found = find(t, work);
                p.sources.addAll(notEntities.filter(t.text(), found));
                p.mentions.add(settle(found, t.text()));
            }
    }

    private List<Mention> find(SegmentText t, Work work) {
        MentionRule.Candidates found = new MentionRule.Candidates();
        for (MentionRule r : rules)
            r.find(t, work.glosses, found);
        List<Mention> all = new ArrayList<>(found.all());
        // a quoted name the gazetteer knows is that entry, not a new title: '국가 중점 연구개발계획'
        all.removeIf(c -> c.entry() == null && all.stream().anyMatch(k -> k.entry() != null
                && k.start() >= c.start() && k.end() <= c.end() && c.start() + 1 >= k.start() && k.end() + 1 >= c.end()
                && k != c));
        return all;
    }

    static List<Mention> settle(List<Mention> candidates, String text) {
        candidates.sort(Comparator.comparingInt(Mention::length).reversed()
                .thenComparing(m -> m.entry() == null ? 1 : 0).thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention c : candidates) {
            // of the names that hold it, the innermost decides whether a nested name stays
            Mention holder = kept.stream().filter(k -> k.contains(c))
                    .min(Comparator.comparingInt(Mention::length)).orElse(null);
            boolean clash = kept.stream().anyMatch(k -> k.overlaps(c) && !k.contains(c)
                    || k.start() == c.start() && k.end() == c.end())
                    || holder != null && !keepNested(holder, c, text);
            if (!clash)
                kept.add(c);
        }
        kept.sort(Comparator.comparingInt(Mention::start)
                .thenComparing(Comparator.comparingInt(Mention::length).reversed()));
        return kept;
    }

    /**
     * A name inside a longer name is kept only where it says something about the longer one: a place or a parent body
     * ending at a word boundary inside an organisation or facility name (중국과학원 마이크로전자연구소, 주취안 위성발사센터),
     * and a known place inside a policy or event title.
     */
    static boolean keepNested(Mention outer, Mention inner, String text) {
        if (outer.entry() != null && outer.entry() == inner.entry())
            return false;
        if ((outer.type() == EntityType.Policy || outer.type() == EntityType.Event)
                && inner.type() == EntityType.Region && inner.entry() != null)
            return true; // the place a policy or an event is about
        if (outer.type() == EntityType.Policy && inner.type() == EntityType.Policy
                && "『「《".indexOf(text.charAt(inner.start())) >= 0)
            return true; // a document cited in the title of another
        if (outer.type() == EntityType.Policy && inner.type().isOrganization() && inner.start() <= outer.start() + 2
                && inner.end() < text.length() && Rx.matches(text.substring(inner.end()), "^(?:\\([^)]*\\))?\\s?[,，、][\\s\\S]*"))
            return true; // 「국무원, …지도의견」: the issuer named first in the title
        if (!(outer.type().isOrganization() || outer.type() == EntityType.Facility))
            return false;
        if (!(inner.type() == EntityType.Region || inner.type().isOrganization()))
            return false;
        if (inner.entry() == null && outer.entry() != null && inner.type().isOrganization())
            return false;
        if (inner.type() == EntityType.Region && Rx.matches(outer.name(), ".*(인민정부|정부|당위원회|인민대표대회)$"))
            return true; // 슈산구(蜀山區)인민정부: the place's own government names the place
        int end = inner.end();
        if (end < text.length() && text.charAt(end) == '(') { // 주취안(酒泉) 위성발사센터, not 톈진(天津)대학
            int close = text.indexOf(')', end);
            if (close < 0 || close >= outer.end())
                return false;
            end = close + 1;
        }
        char next = end < text.length() ? text.charAt(end) : ' ';
        return next == ' ' || end >= outer.end();
    }
}
