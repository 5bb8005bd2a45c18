package org.cstkg.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.hanzi.HanziTable;
import org.cstkg.span.Mention;

/**
 * The gazetteer prepared for lookup: a name matcher over every Korean, Chinese, English and abbreviated name, and
 * indexes by Chinese name (simplified key) and by id.
 */
public final class Lexicon {

    private final Map<String, GazetteerEntry> byId = new HashMap<>();
    private final java.util.NavigableMap<String, List<GazetteerEntry>> byChinese = new java.util.TreeMap<>();
    private final Map<String, List<GazetteerEntry>> byAbbreviation = new HashMap<>();
    private final NameMatcher<GazetteerEntry> matcher = new NameMatcher<>();
    private final NameMatcher<GazetteerEntry> ambiguous = new NameMatcher<>();
    private final NameMatcher<GazetteerEntry> derived = new NameMatcher<>(true);
    private final VariantMatcher<GazetteerEntry> variants = new VariantMatcher<>();
    private final HanziTable han = HanziTable.get();

    /**
     * @param derivedForms further Korean forms of an entry (transcription and Sino-Korean reading of its Chinese
     *                     name), or none
     */
    public Lexicon(Collection<GazetteerEntry> entries, Function<GazetteerEntry, Collection<String>> derivedForms) {
        for (GazetteerEntry e : entries) {
            byId.put(e.id(), e);
            for (String zh : new String[] { e.zhHans(), e.zhHant() })
                if (zh != null && !zh.isBlank()) {
                    byChinese.computeIfAbsent(han.key(zh), k -> new java.util.ArrayList<>()).add(e);
                    matcher.add(zh, e);
                }
            e.ko().forEach(f -> matcher.add(f, e));
            e.ko().forEach(f -> variants.add(f, e));
            e.abbr().stream().filter(f -> !Cues.GENERIC_LATIN.contains(f.toUpperCase(java.util.Locale.ROOT)))
                    .forEach(f -> matcher.add(f, e));
            e.abbr().forEach(f -> byAbbreviation.computeIfAbsent(f, k -> new java.util.ArrayList<>()).add(e));
            if (e.en() != null && e.en().length() >= 4)
                matcher.add(e.en(), e);
            derivedForms.apply(e).forEach(f -> (e.ko().isEmpty() ? derived : matcher).add(f, e));
        }
        org.cstkg.lexicon.ChineseShortForms.get().all().forEach((id, forms) -> {
            GazetteerEntry e = byId.get(id);
            if (e == null)
                throw new IllegalStateException("chinese-short-forms.tsv: unknown gazetteer id " + id);
            for (String form : forms)
                for (String f : new java.util.LinkedHashSet<>(List.of(form, han.toTraditional(form)))) {
                    matcher.add(f, e);
                    byChinese.computeIfAbsent(han.key(f), k -> new java.util.ArrayList<>()).add(e);
                }
        });
        for (String line : resourceLines("/cstkg-data/lexicon/ambiguous-forms.tsv")) {
            String[] c = line.split("\t");
            if (line.startsWith("#") || c.length != 2 || c[0].equals("form"))
                continue;
            GazetteerEntry e = byId.get(c[1].strip());
            if (e == null)
                throw new IllegalStateException("ambiguous-forms.tsv: unknown gazetteer id " + c[1]);
            ambiguous.add(c[0].strip(), e);
        }
    }

    private static List<String> resourceLines(String resource) {
        try (java.io.InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("missing from the classpath: " + resource);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Names read from the Chinese of entries that have no Korean name of their own; they must end a word. */
    NameMatcher<GazetteerEntry> derived() {
        return derived;
    }

    VariantMatcher<GazetteerEntry> variants() {
        return variants;
    }

    /** Forms that name a place only in a list of places ({@code 저장} is also "storage"). */
    NameMatcher<GazetteerEntry> ambiguous() {
        return ambiguous;
    }

    NameMatcher<GazetteerEntry> matcher() {
        return matcher;
    }

    public Optional<GazetteerEntry> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The one entry with this Chinese name (any script), if exactly one. */
    public Optional<GazetteerEntry> byChinese(String zh) {
        List<GazetteerEntry> l = byChinese.get(han.key(zh));
        return l != null && l.size() == 1 ? Optional.of(l.get(0)) : Optional.empty();
    }

    /**
     * The mention with the gazetteer entry its Chinese name (or, but for numbered names, its Hanja) points to, where
     * the types agree: 神舟 alone is not 神舟二十一号.
     */
    Mention attach(Mention m) {
        GazetteerEntry entry = m.zh() == null ? null : byChinese(m.zh()).orElse(null);
        if (entry == null && m.hanja() != null && !m.rule().endsWith("-number"))
            entry = byChinese(m.hanja()).orElse(null);
        return entry != null && compatible(m.type(), entry.type()) ? m.withEntry(entry) : m;
    }

    /** A country: a top-level place of the gazetteer with a short name (中国, 美国), not a province or a city. */
    static boolean isCountry(GazetteerEntry g) {
        return g != null && g.type() == org.cstkg.rdf.EntityType.Region
                && (g.partOf() == null || g.partOf().isBlank()) && g.zhHans() != null && g.zhHans().length() <= 3
                && !g.zhHans().endsWith("省");
    }

    /** Whether a type found by a rule and a gazetteer type can name the same thing. */
    static boolean compatible(org.cstkg.rdf.EntityType rule, org.cstkg.rdf.EntityType known) {
        return rule == known || rule.isOrganization() && known.isOrganization()
                || rule == org.cstkg.rdf.EntityType.Facility
                        && (known.isOrganization() || known == org.cstkg.rdf.EntityType.Program)
                || known == org.cstkg.rdf.EntityType.Facility && rule.isOrganization();
    }

    /** The one entry with this abbreviation (exact case), if exactly one. */
    public Optional<GazetteerEntry> byAbbreviation(String abbr) {
        List<GazetteerEntry> l = byAbbreviation.get(abbr);
        return l != null && l.size() == 1 ? Optional.of(l.get(0)) : Optional.empty();
    }

    /** The entry of this type whose name covers the whole text, if any. */
    public Optional<GazetteerEntry> whole(String text, org.cstkg.rdf.EntityType type) {
        String t = text.strip();
        for (NameMatcher.Hit<GazetteerEntry> h : matcher.find(t))
            if (h.start() == 0 && h.end() == t.length())
                for (GazetteerEntry e : h.targets())
                    if (e.type() == type)
                        return Optional.of(e);
        return Optional.empty();
    }

    /** The one entry whose Chinese name starts with these characters and is at most four longer, if exactly one. */
    public Optional<GazetteerEntry> byChinesePrefix(String zh) {
        String k = han.key(zh);
        if (k.length() < 2)
            return Optional.empty();
        GazetteerEntry found = null;
        for (Map.Entry<String, List<GazetteerEntry>> e : byChinese.subMap(k, true, k + Character.MAX_VALUE, true)
                .entrySet())
            if (e.getKey().startsWith(k) && e.getKey().length() <= k.length() + 4)
                for (GazetteerEntry g : e.getValue()) {
                    if (found != null && found != g)
                        return Optional.empty();
                    found = g;
                }
        return Optional.ofNullable(found);
    }
}
