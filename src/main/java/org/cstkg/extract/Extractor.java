package org.cstkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cstkg.gazetteer.EntityType;
import org.cstkg.gazetteer.Gazetteer;
import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.hanzi.HanziTable;
import org.cstkg.hanzi.KoreanForms;
import org.cstkg.document.Article;
import org.cstkg.document.Document;
import org.cstkg.document.Segment;
import org.cstkg.resolve.Entity;
import org.cstkg.resolve.EntityResolver;

/**
 * Reads a report into entities and facts: gazetteer names and rule names per segment, one entity per real thing
 * across the report, then relation rules per segment. Thread-safe once built; build once and reuse (the gazetteer and
 * its matcher take a moment to prepare).
 */
public final class Extractor {

    private final Lexicon lexicon;
    private final PatternRecognizer rules;
    private final Map<String, GazetteerEntry> gazetteerKo = new HashMap<>();
    private final Set<String> gazetteerIds = new HashSet<>();

    public Extractor(Lexicon lexicon, Iterable<GazetteerEntry> entries) {
        this.lexicon = lexicon;
        this.rules = new PatternRecognizer(lexicon);
        for (GazetteerEntry e : entries)
            gazetteerIds.add(EntityResolver.idOf(e));
        for (GazetteerEntry e : entries)
            for (String ko : e.ko())
                if (ko.length() >= 5)
                    gazetteerKo.putIfAbsent(EntityResolver.key(ko), e);
    }

    /** The extractor over the bundled gazetteer, with Korean forms derived from each entry's Chinese name. */
    public static Extractor standard() {
        Gazetteer g = Gazetteer.loadWithDivisions();
        Lexicon lexicon = new Lexicon(g.entries(), Extractor::derivedForms);
        return new Extractor(lexicon, g.entries());
    }

    /**
     * Korean forms derived from the Chinese name, for places and organisations only, and only forms of three syllables
     * or more: a two-syllable reading is too often an everyday Korean word.
     */
    static List<String> derivedForms(GazetteerEntry e) {
        List<String> out = new ArrayList<>();
        if (e.type() == EntityType.GovernmentBody)
            for (String ko : e.ko()) // 국가에너지국 is often just 에너지국
                if (ko.startsWith("국가") && Texts.syllables(ko.substring(2).strip()) >= 3)
                    out.add(ko.substring(2).strip());
        if (e.zhHans() == null || !(e.type() == EntityType.Region || e.type().isOrganization()))
            return out;
        if (e.ko().isEmpty()) { // an imported division: only the full form with its suffix, 몐양시 / 면양시
            for (String f : KoreanForms.ofWithSuffix(e.zhHans()))
                if (f.endsWith("시") && !f.contains(" ") && Texts.syllables(f) >= 3)
                    out.add(f);
            return out;
        }
        for (String f : KoreanForms.ofWithSuffix(e.zhHans()))
            if (Texts.syllables(f) >= 3)
                out.add(f);
        return out;
    }

    public Extraction extract(Document report) {
        return extract(report, List.of());
    }

    /** @param known entities of earlier reports, so that a thing keeps its IRI from report to report */
    public Extraction extract(Document report, Collection<EntityResolver.Known> known) {
        EntityResolver resolver = new EntityResolver(gazetteerKo, known.stream()
                .filter(k -> !gazetteerIds.contains(k.id())).toList());
        List<List<List<Mention>>> perUnit = new ArrayList<>();
        List<List<Segment>> unitSegments = new ArrayList<>();
        unitSegments.add(report.summary());
        for (Article a : report.articles())
            unitSegments.add(a.segments());
        NameMatcher<Mention> aliases = new NameMatcher<>();
        VariantMatcher<Mention> aliasVariants = new VariantMatcher<>();
        Map<String, String> glosses = new HashMap<>();
        unitSegments.forEach(segs -> segs.forEach(s -> PatternRecognizer.collectGlosses(Texts.normalize(s.text()), glosses)));
        for (List<Segment> segs : unitSegments) {
            List<List<Mention>> found = new ArrayList<>();
            for (Segment s : segs) {
                List<Mention> ms = mentions(s, glosses);
                ms.stream().filter(Extractor::aliasable).forEach(m -> {
                    aliases.add(m.name(), m);
                    aliasVariants.add(m.name(), m);
                });
                found.add(ms);
            }
            perUnit.add(found);
        }
        for (int u = 0; u < perUnit.size(); u++)
            for (int i = 0; i < perUnit.get(u).size(); i++) {
                Segment s = unitSegments.get(u).get(i);
                List<Mention> ms = perUnit.get(u).get(i);
                String text = Texts.normalize(s.text());
                List<AliasHit> found = new ArrayList<>();
                aliases.find(text).forEach(h -> found.add(new AliasHit(h.start(), h.end(), h.targets().iterator().next(), false)));
                aliasVariants.find(text).forEach(h -> found.add(new AliasHit(h.start(), h.end(), h.target(), true)));
                for (AliasHit h : found) {
                    if (ms.stream().anyMatch(m -> m.start() < h.end() && h.start() < m.end()))
                        continue;
                    Mention like = h.like();
                    String surface = s.text().substring(h.start(), h.end());
                    ms.add(new Mention(s.index(), h.start(), h.end(), surface, like.type(),
                            h.variant() ? Texts.clean(surface) : like.name(), like.hanja(), like.zh(), like.en(),
                            like.entry(), h.variant() ? "alias-variant" : "alias"));
                }
                ms.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::length).reversed()));
            }
        List<Unit> units = new ArrayList<>();
        for (int u = 0; u < perUnit.size(); u++) {
            Article article = u == 0 ? null : report.articles().get(u - 1);
            units.add(unit(article, unitSegments.get(u), perUnit.get(u), resolver, report));
        }
        Entity publisher = null;
        if (report.isDigest() && report.publisher() != null && !report.publisher().isBlank()) {
            String name = report.publisher().strip();
            GazetteerEntry entry = lexicon.whole(name, EntityType.Organization).orElse(null);
            publisher = resolver.resolve(new Mention(-1, 0, name.length(), name, EntityType.Organization, name, null,
                    null, null, entry, "publisher"));
        }
        return new Extraction(report, publisher, units.get(0), units.subList(1, units.size()), resolver.entities());
    }

    /** A later mention of a name met earlier in the report, spelled the same or one syllable apart. */
    private record AliasHit(int start, int end, Mention like, boolean variant) {}

    private static boolean aliasable(Mention m) {
        if (m.rule().equals("gazetteer") || m.rule().equals("alias"))
            return false;
        return m.type() == EntityType.Person && Texts.syllables(m.name()) >= 3
                || m.type() != EntityType.Person && Texts.syllables(m.name()) >= 4 && !m.name().contains("'")
                || m.hanja() != null && m.name().matches("[가-힣]{2,}"); // 형친(橫琴) once, then 형친
    }

    private Unit unit(Article article, List<Segment> segs, List<List<Mention>> found, EntityResolver resolver,
            Document report) {
        Map<Mention, Entity> entities = new LinkedHashMap<>();
        List<Mention> all = new ArrayList<>();
        Entity lastTech = null, lastOrg = null;
        for (int i = 0; i < segs.size(); i++) {
            String text = Texts.normalize(segs.get(i).text());
            List<Mention> ms = found.get(i);
            List<int[]> corefs = PatternRecognizer.coreferences(text);
            for (Mention m : List.copyOf(ms)) {
                for (int[] c : corefs)
                    if (c[1] <= m.start())
                        addCoref(text, c, segs.get(i).index(), lastTech, lastOrg, ms, entities);
                corefs.removeIf(c -> c[1] <= m.start());
                if (entities.containsKey(m))
                    continue;
                Entity e = resolver.resolve(m);
                entities.put(m, e);
                boolean nested = ms.stream().anyMatch(o -> o.contains(m));
                if (e.type() == EntityType.Technology && !nested)
                    lastTech = e;
                if (e.type().isOrganization() && !nested)
                    lastOrg = e;
            }
            for (int[] c : corefs)
                addCoref(text, c, segs.get(i).index(), lastTech, lastOrg, ms, entities);
            all.addAll(ms);
        }
        dropPlacesOnlyInTitles(entities, found);
        RelationRules relations = new RelationRules(article, report.date(), segs, entities);
        relations.run();
        if (article != null)
            citedTitle(article, relations.facts(), resolver);
        return new Unit(article, segs, all.stream().filter(entities::containsKey).toList(), entities,
                relations.facts(), relations.roles());
    }

    /**
     * A place named only inside a policy or event title (중관춘 in 중관춘 포럼) is not something the article talks
     * about; it stays a name of its entity (the resolver has it) but is not a mention of the article.
     */
    private static void dropPlacesOnlyInTitles(Map<Mention, Entity> entities, List<List<Mention>> found) {
        Set<Mention> inTitles = new HashSet<>();
        for (List<Mention> ms : found)
            for (Mention m : ms)
                if (ms.stream().anyMatch(o -> o.contains(m)
                        && (o.type() == EntityType.Policy || o.type() == EntityType.Event)))
                    inTitles.add(m);
        Set<Entity> elsewhere = new HashSet<>();
        entities.forEach((m, e) -> {
            if (!inTitles.contains(m))
                elsewhere.add(e);
        });
        entities.keySet().removeIf(m -> inTitles.contains(m) && m.type() == EntityType.Region
                && !elsewhere.contains(entities.get(m)));
    }

    private static final Pattern CITED_POLICY = Pattern.compile(
            "《([^《》]{4,80}(?:计划|規劃|规划|方案|意见|意見|行动|行動|纲要|綱要|办法|辦法|通知|条例|條例|规定|規定|措施|指南|战略|戰略|政策)(?:（[^）]*）)?)》");

    /**
     * Reference lines often cite the Chinese original of the policy an article is about, as in
     * {@code 关于印发《…专项行动（2023—2025年）》的通知}. When an article has one policy with an issuer and its references
     * cite one policy title, that is the policy's Chinese name.
     */
    private void citedTitle(Article article, List<Fact> facts, EntityResolver resolver) {
        List<Entity> issued = facts.stream().filter(f -> f.predicate().equals("issuedBy")).map(Fact::subject)
                .filter(e -> e.entry() == null && e.zh() == null).distinct().toList();
        Set<String> titles = new LinkedHashSet<>();
        for (org.cstkg.document.Reference r : article.references()) {
            if (r.title() == null)
                continue;
            Matcher m = CITED_POLICY.matcher(r.title());
            while (m.find())
                titles.add(HanziTable.get().toSimplified(m.group(1)));
        }
        if (issued.isEmpty() || titles.size() != 1)
            return;
        // several Korean names of policies issued by a shared body, and one cited title: one document
        Entity main = issued.stream().max(Comparator.comparingLong(p -> facts.stream()
                .filter(f -> f.subject() == p && f.predicate().equals("issuedBy")).count())).orElseThrow();
        Set<Entity> mainIssuers = issuers(main, facts);
        for (Entity p : issued)
            if (p != main && issuers(p, facts).stream().anyMatch(mainIssuers::contains))
                resolver.merge(p, main);
        resolver.addChineseName(main, titles.iterator().next());
    }

    private static Set<Entity> issuers(Entity policy, List<Fact> facts) {
        return facts.stream().filter(f -> f.subject() == policy && f.predicate().equals("issuedBy"))
                .map(Fact::object).collect(Collectors.toSet());
    }

    private static void addCoref(String text, int[] c, int segment, Entity lastTech, Entity lastOrg, List<Mention> ms,
            Map<Mention, Entity> entities) {
        String phrase = text.substring(c[0], c[1]);
        Entity target = PatternRecognizer.corefTechnology(phrase) ? lastTech : lastOrg;
        if (target == null || ms.stream().anyMatch(m -> m.start() == c[0] && m.rule().equals("coref")))
            return;
        Mention m = new Mention(segment, c[0], c[1], phrase, target.type(), phrase, null, null, null, null, "coref");
        ms.add(m);
        entities.put(m, target);
    }

    /**
     * A name inside a longer name is kept only where it says something about the longer one: a place or a parent body
     * ending at a word boundary inside an organisation or facility name (중국과학원 마이크로전자연구소, 주취안 위성발사센터),
     * and a known place inside a policy or event title.
     */
    private static boolean keepNested(Mention outer, Mention inner, String text) {
        if (outer.entry() != null && outer.entry() == inner.entry())
            return false;
        if ((outer.type() == EntityType.Policy || outer.type() == EntityType.Event)
                && inner.type() == EntityType.Region && inner.entry() != null)
            return true; // the place a policy or an event is about
        if (!(outer.type().isOrganization() || outer.type() == EntityType.Facility))
            return false;
        if (!(inner.type() == EntityType.Region || inner.type().isOrganization()))
            return false;
        if (inner.entry() == null && outer.entry() != null && inner.type().isOrganization())
            return false;
        char next = inner.end() < text.length() ? text.charAt(inner.end()) : ' ';
        char last = text.charAt(inner.end() - 1);
        return next == ' ' || next == '(' || last == ')' || inner.end() == outer.end();
    }

    private static final Pattern LIST_SEPARATOR = Pattern.compile("^\\s*[,·、]\\s*$");

    /** A place right before or after a list separator: {@code 베이징, 광둥, 저장, 상하이}. */
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

    /** Gazetteer and rule mentions of one segment; of two partly overlapping spans the longer stays. */
    private List<Mention> mentions(Segment s, Map<String, String> glosses) {
        String text = Texts.normalize(s.text());
        List<Mention> known = new ArrayList<>();
        if (s.kind() == Segment.Kind.SOURCE)
            return new ArrayList<>(); // media outlets of 출처 lines are provenance, kept as references
        List<NameMatcher.Hit<GazetteerEntry>> hits = new ArrayList<>(lexicon.matcher().find(text));
        hits.addAll(lexicon.derived().find(text));
        for (NameMatcher.Hit<GazetteerEntry> h : hits) {
            GazetteerEntry e = h.targets().iterator().next();
            known.add(new Mention(s.index(), h.start(), h.end(), s.text().substring(h.start(), h.end()), e.type(),
                    Texts.clean(s.text().substring(h.start(), h.end())), null, null, null, e, "gazetteer"));
        }
        for (VariantMatcher.Hit<GazetteerEntry> h : lexicon.variants().find(text))
            if (known.stream().noneMatch(k -> k.start() < h.end() && h.start() < k.end()
                    && !(h.start() <= k.start() && k.end() <= h.end()))) {
                known.removeIf(k -> h.start() <= k.start() && k.end() <= h.end() && k.entry() == h.target());
                known.add(new Mention(s.index(), h.start(), h.end(), s.text().substring(h.start(), h.end()),
                        h.target().type(), Texts.clean(s.text().substring(h.start(), h.end())), null, null, null,
                        h.target(), "spelling-variant"));
            }
        for (NameMatcher.Hit<GazetteerEntry> h : lexicon.ambiguous().find(text))
            if (inListOfPlaces(text, h.start(), h.end(), known))
                known.add(new Mention(s.index(), h.start(), h.end(), s.text().substring(h.start(), h.end()),
                        EntityType.Region, s.text().substring(h.start(), h.end()), null, null, null,
                        h.targets().iterator().next(), "place-in-list"));
        List<Mention> candidates = new ArrayList<>(known);
        candidates.addAll(rules.find(s.index(), text, known, glosses));
        if (s.kind() == Segment.Kind.TABLE_ROW)
            candidates.addAll(rules.tableCells(s.index(), text));
        candidates.sort(Comparator.comparingInt(Mention::length).reversed()
                .thenComparing(m -> m.entry() == null ? 1 : 0).thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention c : candidates) {
            boolean clash = kept.stream().anyMatch(k -> k.overlaps(c) && !k.contains(c)
                    || k.start() == c.start() && k.end() == c.end()
                    || k.contains(c) && !keepNested(k, c, text));
            if (!clash)
                kept.add(c);
        }
        kept.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::length).reversed()));
        return kept;
    }
}
