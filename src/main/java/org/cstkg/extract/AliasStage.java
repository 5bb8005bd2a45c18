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

    private final Lexicon lexicon;

    AliasStage(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    AliasStage() {
        this(null);
    }

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

    /** {@code (이하 "행동계획"으로 약칭)}: the short name a text gives a name right after it. */
    private static final java.util.regex.Pattern HEREAFTER = java.util.regex.Pattern.compile(
            "^\\s?\\(\\s?이하\\s?['\"“‘]?([^'\"”’)]{2,24}?)['\"”’]?\\s?(?:으로|로|라)?\\s?(?:약칭|칭함|칭한다|함|한다)?\\s?\\)");

    @Override
    public void apply(Work work) {
        shortNames(work);
        editions(work);
        hereafter(work);
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

    /**
     * A body named with its parent once ({@code 중국과학원 자동화연구소}) is the same body when the document names it
     * without ({@code 자동화연구소의 류청린 부소장}), unless two bodies of the document share that short name.
     */
    private void shortNames(Work work) {
        java.util.Map<String, Mention> tails = new java.util.HashMap<>();
        java.util.Set<String> clashing = new java.util.HashSet<>();
        for (Work.Part p : work.parts)
            for (List<Mention> ms : p.mentions)
                for (Mention m : ms)
                    for (String tail : tails(m)) {
                        String k = org.cstkg.span.NameKey.of(tail);
                        Mention before = tails.putIfAbsent(k, m);
                        if (before != null && !sameThing(before, m))
                            clashing.add(k);
                    }
        clashing.forEach(tails::remove);
        for (Work.Part p : work.parts)
            for (List<Mention> ms : p.mentions)
                ms.replaceAll(m -> {
                    if (m.entry() != null || !m.type().isOrganization())
                        return m;
                    Mention full = tails.get(org.cstkg.span.NameKey.of(m.name()));
                    if (full == null || full == m || !full.type().isOrganization())
                        return m;
                    return new Mention(m.segment(), m.start(), m.end(), m.surface(), full.type(), full.name(),
                            full.hanja(), full.zh(), full.en(), full.entry(), "short-name");
                });
    }

    /**
     * A document that names one edition of a recurring event ({@code 2024 중관촌 포럼}) means that edition when it names
     * the series alone ({@code 중관촌 포럼은 …}); a document naming two editions of it leaves the series alone.
     */
    private void editions(Work work) {
        if (lexicon == null)
            return;
        java.util.Map<org.cstkg.gazetteer.GazetteerEntry, java.util.Set<String>> byKeys = new java.util.HashMap<>();
        java.util.Map<org.cstkg.gazetteer.GazetteerEntry, Mention> edition = new java.util.HashMap<>();
        for (Work.Part p : work.parts)
            for (List<Mention> ms : p.mentions)
                for (Mention m : ms) {
                    if (!m.rule().equals("year-event"))
                        continue;
                    String series = Rx.replaceFirst(m.name(), "^\\d{4}\\s?", "");
                    lexicon.whole(series, org.cstkg.rdf.EntityType.Event).ifPresent(e -> {
                        byKeys.computeIfAbsent(e, k -> new java.util.HashSet<>()).add(org.cstkg.span.NameKey.of(m.name()));
                        edition.putIfAbsent(e, m);
                    });
                }
        byKeys.forEach((e, names) -> {
            if (names.size() != 1)
                edition.remove(e);
        });
        if (edition.isEmpty())
            return;
        for (Work.Part p : work.parts)
            for (List<Mention> ms : p.mentions)
                ms.replaceAll(m -> {
                    Mention ed = m.entry() == null ? null : edition.get(m.entry());
                    if (ed == null)
                        return m;
                    return new Mention(m.segment(), m.start(), m.end(), m.surface(), ed.type(), ed.name(), ed.hanja(),
                            ed.zh(), ed.en(), null, "edition-alias");
                });
    }

    /** Mentions under a short name the text defined ({@code 이하 "행동계획"}) name what it was defined for. */
    private static void hereafter(Work work) {
        for (Work.Part p : work.parts) {
            java.util.Map<String, Mention> defined = new java.util.HashMap<>();
            for (int i = 0; i < p.texts.size(); i++) {
                String text = p.texts.get(i).text();
                for (Mention m : p.mentions.get(i)) {
                    java.util.regex.Matcher h = HEREAFTER.matcher(text.substring(m.end()));
                    if (h.lookingAt() && p.mentions.get(i).stream().noneMatch(o -> o.contains(m)))
                        defined.put(org.cstkg.span.NameKey.of(h.group(1)), m);
                }
            }
            if (defined.isEmpty())
                continue;
            for (List<Mention> ms : p.mentions)
                ms.replaceAll(m -> {
                    Mention full = defined.get(org.cstkg.span.NameKey.of(m.name()));
                    if (full == null || full == m || m.entry() != null)
                        return m;
                    return new Mention(m.segment(), m.start(), m.end(), m.surface(), full.type(), full.name(),
                            full.hanja(), full.zh(), full.en(), full.entry(), "hereafter");
                });
        }
    }

    /** The short names of an organisation named with its parent: the words after the parent's name. */
    private java.util.Set<String> tails(Mention m) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (!m.type().isOrganization())
            return out;
        java.util.List<String> names = new java.util.ArrayList<>();
        names.add(m.name());
        if (m.entry() != null)
            names.addAll(m.entry().ko());
        java.util.List<String> parents = new java.util.ArrayList<>();
        if (lexicon != null && m.entry() != null && m.entry().partOf() != null)
            lexicon.byId(m.entry().partOf()).ifPresent(pe -> parents.addAll(pe.ko()));
        for (String n : names) // only after the parent: 선양 자동화연구소 is named after a place, not a short name
            for (String parent : parents)
                if (n.startsWith(parent) && n.length() > parent.length())
                    out.add(n.substring(parent.length()).strip());
        out.removeIf(t -> Texts.syllables(t) < 4 || SuffixNames.endsWithSuffix(t) == null
                || SuffixNames.isBareSuffix(t) || t.equals(m.name()));
        return out;
    }

    private static boolean sameThing(Mention a, Mention b) {
        return a.entry() != null ? a.entry() == b.entry() : org.cstkg.span.NameKey.of(a.name())
                .equals(org.cstkg.span.NameKey.of(b.name()));
    }

    private static boolean aliasable(Mention m) {
        if (m.rule().equals("gazetteer") || m.rule().equals("alias"))
            return false;
        return m.type() == org.cstkg.rdf.EntityType.Person && Texts.syllables(m.name()) >= 3
                || m.type() != org.cstkg.rdf.EntityType.Person && Texts.syllables(m.name()) >= 4
                        && !m.name().contains("'")
                || m.hanja() != null && Rx.matches(m.name(), "[가-힣]{2,}"); // 형친(橫琴) once, then 형친
    }
}
