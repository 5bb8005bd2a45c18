package org.cstkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.cstkg.span.Mention;

/**
 * A name a rule found once is a name wherever the document writes it again, spelled the same or one syllable apart:
 * {@code 형친(橫琴)} once, then {@code 형친}.
 */
final class AliasStage implements Stage {

    @Override
    public String name() {
        return "aliases";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TEXT, Annotation.MENTIONS);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.ALIASES);
    }

    private record Hit(int start, int end, Mention like, boolean variant) {}

    @Override
    public void apply(Work work) {
        NameMatcher<Mention> aliases = new NameMatcher<>();
        VariantMatcher<Mention> variants = new VariantMatcher<>();
        for (Work.Part p : work.parts)
            for (List<Mention> ms : p.mentions)
                ms.stream().filter(AliasStage::aliasable).forEach(m -> {
                    aliases.add(m.name(), m);
                    variants.add(m.name(), m);
                });
        for (Work.Part p : work.parts)
            for (int i = 0; i < p.texts.size(); i++) {
                SegmentText t = p.texts.get(i);
                List<Mention> ms = p.mentions.get(i);
                List<Hit> found = new ArrayList<>();
                aliases.find(t.text()).forEach(h -> found.add(new Hit(h.start(), h.end(),
                        h.targets().iterator().next(), false)));
                variants.find(t.text()).forEach(h -> found.add(new Hit(h.start(), h.end(), h.target(), true)));
                for (Hit h : found) {
                    if (ms.stream().anyMatch(m -> m.start() < h.end() && h.start() < m.end()))
                        continue;
                    Mention like = h.like();
                    String surface = t.raw().substring(h.start(), h.end());
                    ms.add(new Mention(t.index(), h.start(), h.end(), surface, like.type(),
                            h.variant() ? Texts.clean(surface) : like.name(), like.hanja(), like.zh(), like.en(),
                            like.entry(), h.variant() ? "alias-variant" : "alias"));
                }
                ms.sort(Comparator.comparingInt(Mention::start)
                        .thenComparing(Comparator.comparingInt(Mention::length).reversed()));
            }
    }

    private static boolean aliasable(Mention m) {
        if (m.rule().equals("gazetteer") || m.rule().equals("alias"))
            return false;
        return m.type() == org.cstkg.rdf.EntityType.Person && Texts.syllables(m.name()) >= 3
                || m.type() != org.cstkg.rdf.EntityType.Person && Texts.syllables(m.name()) >= 4
                        && !m.name().contains("'")
                || m.hanja() != null && m.name().matches("[가-힣]{2,}"); // 형친(橫琴) once, then 형친
    }
}
