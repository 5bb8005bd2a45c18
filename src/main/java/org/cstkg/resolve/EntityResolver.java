package org.cstkg.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cstkg.span.Mention;
import org.cstkg.span.NameKey;
import org.cstkg.span.VariantIndex;
import org.cstkg.rdf.EntityType;
import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.hanzi.HanziTable;

/**
 * Maps mentions to entities. Keys, strongest first: the gazetteer entry; the Chinese name (traditional and simplified
 * meet); the Korean name without spaces and glosses. A long name that differs from a known one by one syllable (not a
 * digit) is the same entity spelled another way: 웨강아오대만구 / 웨이강아오대만구 / 웨강오대만구.
 */
public final class EntityResolver {

    /** Prefix of the keys of gazetteer persons by their official transcription, in the map given to the resolver. */
    public static final String PERSON_KEY = "person:";

    private final Map<String, Entity> byId = new LinkedHashMap<>();
    private final Map<String, Entity> byKey = new HashMap<>();
    private final Map<String, GazetteerEntry> gazetteerKo;
    private final Map<String, VariantIndex<GazetteerEntry>> gazetteerVariants;
    /** The name keys of this document's entities, by group, indexed for spelling variants (values: byKey keys). */
    private final Map<String, VariantIndex<String>> variants = new HashMap<>();
    private final HanziTable han = HanziTable.get();
    /** Entities of earlier documents; those met in this one get an {@link Entity} of this document on first use. */
    private final KnownIndex known;
    private final Map<String, Entity> fromKnown = new HashMap<>();

    /** An entity earlier reports made: its IRI path, type and names, so that this report's mentions meet it. */
    public record Known(String id, EntityType type, java.util.Set<String> names, String zh) {
        public Known {
            java.util.Objects.requireNonNull(id, "id");
            java.util.Objects.requireNonNull(type, "type");
            names = java.util.Set.copyOf(names);
        }
    }

    /**
     * Gazetteer entries by the key of each Korean form, with an index of their spelling variants: built once per
     * gazetteer and shared by the resolvers of every document.
     */
    public static final class GazetteerKeys {
        final Map<String, GazetteerEntry> byKey;
        final Map<String, VariantIndex<GazetteerEntry>> variants = new HashMap<>();

        public GazetteerKeys(Map<String, GazetteerEntry> byKey) {
            this.byKey = Map.copyOf(byKey);
            byKey.forEach((k, g) -> {
                if (!k.startsWith(PERSON_KEY))
                    variants.computeIfAbsent(group(g.type()), x -> new VariantIndex<>()).add(k, g);
            });
        }
    }

    /** @param gazetteerKo gazetteer entries by the key of each Korean form, for spelling-variant matches */
    public EntityResolver(Map<String, GazetteerEntry> gazetteerKo) {
        this(new GazetteerKeys(gazetteerKo), KnownIndex.of(List.of()));
    }

    public EntityResolver(Map<String, GazetteerEntry> gazetteerKo, Collection<Known> known) {
        this(new GazetteerKeys(gazetteerKo), KnownIndex.of(known));
    }

    /**
     * @param known entities of earlier reports (not from the gazetteer): a mention under one of their names takes
     *              their IRI, so one thing keeps one IRI across reports; only read, so resolvers may share it
     */
    public EntityResolver(GazetteerKeys gazetteer, KnownIndex known) {
        this.gazetteerKo = gazetteer.byKey;
        this.gazetteerVariants = gazetteer.variants;
        this.known = known;
    }

    /** The entity under a key: this document's, else a known one's (one {@link Entity} per known id). */
    private Entity byKey(String key) {
        Entity e = byKey.get(key);
        return e != null ? e : ofKnown(known.get(key));
    }

    private Entity ofKnown(Known k) {
        return k == null ? null : fromKnown.computeIfAbsent(k.id(), id -> new Entity(id, k.type(), null)).canonical();
    }

    /** Records a name key (not a Chinese one) of an entity, indexed for spelling variants too. */
    private void putName(String group, String nameKey, Entity e, boolean ifAbsent) {
        String k = group + ":" + nameKey;
        if (ifAbsent ? byKey.putIfAbsent(k, e) == null : byKey.put(k, e) == null)
            variants.computeIfAbsent(group, x -> new VariantIndex<>()).add(nameKey, k);
    }

    /** Gives an entity found by rules the Chinese name a source states for it (e.g. a cited document title). */
    public void addChineseName(Entity e, String zh) {
        e.zh(zh);
        byKey.put(group(e.type()) + ":zh:" + han.key(zh), e);
    }

    /** Records that {@code a} is the same as {@code b}: a's names move to b, and a answers b as its canonical. */
    public void merge(Entity a, Entity b) {
        a.mergeInto(b);
        byKey.replaceAll((k, v) -> v.canonical());
    }

    /** The entities of the report, each once (merged ones are left out). */
    public Collection<Entity> entities() {
        return byId.values().stream().filter(e -> e.canonical() == e).toList();
    }

    public Entity resolve(Mention m) {
        GazetteerEntry entry = m.entry();
        String nameKey = group(m.type()) + ":"
                + (m.type() == EntityType.Person ? NameKey.ofPerson(m.name()) : key(m.name()));
        String zhKey = m.zh() != null ? group(m.type()) + ":zh:" + han.key(m.zh())
                : m.hanja() != null && wholeNameIsHanja(m) ? group(m.type()) + ":zh:" + han.key(m.hanja()) : null;
        Entity e = null;
        if (entry == null && m.type() == EntityType.Person)
            entry = gazetteerKo.get(PERSON_KEY + NameKey.ofPerson(m.name()));
        if (entry == null) {
            e = zhKey != null ? byKey(zhKey) : null;
            if (e == null)
                e = byKey(nameKey);
            if (e == null)
                entry = variantOfGazetteer(m);
            if (e == null && entry == null)
                e = variantOfKnown(m);
        }
        if (entry != null) {
            GazetteerEntry g = entry;
            e = byId.computeIfAbsent(idOf(g), id -> new Entity(id, g.type(), g));
        }
        if (e != null) {
            e = e.canonical();
            byId.putIfAbsent(e.id(), e); // an entity of an earlier report, met again
        }
        if (e == null) {
            e = new Entity(m.type().kind() + "/" + newSlug(m), m.type(), null);
            if (byId.containsKey(e.id()))
                e = byId.get(e.id());
            byId.put(e.id(), e);
        }
        if (!isChinese(m.name())) // a name read from Chinese text is no Korean label
            e.addKo(m.name());
        if (m.surface() != null && !m.surface().equals(m.name()) && m.surface().matches(".*[가-힣].*"))
            e.addKo(m.surface().replaceAll("^['\"]|['\"]$", "").strip());
        m.alt().forEach(e::addKo); // labels only: 공업정보화국 alone would join every city's bureau
        e.addHanja(m.hanja());
        e.zh(m.zh() != null ? m.zh() : wholeNameIsHanja(m) ? han.toSimplified(m.hanja()) : null);
        e.en(m.en());
        putName(group(m.type()), nameKey.substring(nameKey.indexOf(':') + 1), e, false);
        if (zhKey != null)
            byKey.put(zhKey, e);
        if (m.type().isOrganization() && m.name().startsWith("중국 ") && m.name().length() > 6) {
            // 중국 유인우주비행공정판공실 is also written without the country
            String bare = m.name().substring(3);
            e.addKo(bare);
            putName(group(m.type()), key(bare), e, true);
        }
        return e;
    }

    /** Han characters and no Hangul: a name as Chinese text writes it. */
    private static boolean isChinese(String name) {
        return name.codePoints().anyMatch(HanziTable::isHan)
                && name.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    private static boolean wholeNameIsHanja(Mention m) {
        return m.hanja() != null && (m.type() == EntityType.Person || m.type() == EntityType.Region
                || m.name().matches("[가-힣]+"));
    }

    private GazetteerEntry variantOfGazetteer(Mention m) {
        String k = key(m.name());
        if (syllables(k) < 5)
            return null;
        VariantIndex<GazetteerEntry> index = gazetteerVariants.get(group(m.type()));
        List<GazetteerEntry> near = index == null ? List.of() : index.near(k);
        return near.isEmpty() ? null : near.get(0);
    }

    private Entity variantOfKnown(Mention m) {
        String k = key(m.name());
        if (syllables(k) < 5)
            return null;
        VariantIndex<String> index = variants.get(group(m.type()));
        List<String> near = index == null ? List.of() : index.near(k);
        return near.isEmpty() ? ofKnown(known.near(group(m.type()), k)) : byKey.get(near.get(0));
    }

    /** @see NameKey#oneSyllableApart(String, String) */
    public static boolean oneSyllableApart(String a, String b) {
        return NameKey.oneSyllableApart(a, b);
    }

    /** Types that may name the same thing: all organisations are one group. */
    static String group(EntityType t) {
        return t.isOrganization() || t == EntityType.Facility ? "org" : t.name();
    }

    /** @see NameKey#of(String) */
    public static String key(String s) {
        return NameKey.of(s);
    }

    private static int syllables(String s) {
        return (int) s.chars().filter(c -> c >= '가' && c <= '힣').count();
    }

    /** The IRI path of a gazetteer entry's entity. */
    public static String idOf(GazetteerEntry g) {
        return g.type().kind() + "/" + slug(g.id());
    }

    private static final java.util.regex.Pattern CAMEL = java.util.regex.Pattern.compile("([a-z0-9])([A-Z])");

    static String slug(String id) {
        return CAMEL.matcher(id).replaceAll("$1-$2").replace('_', '-').toLowerCase(Locale.ROOT);
    }

    private String newSlug(Mention m) {
        String zh = m.zh() != null ? m.zh() : m.hanja() != null && wholeNameIsHanja(m) ? m.hanja() : null;
        if (zh != null && m.type() == EntityType.Person && zh.codePoints().allMatch(HanziTable::isHan)) {
            String py = han.personPinyin(han.toSimplified(zh)); // Bian Zhigang -> bian-zhigang
            if (py != null && py.matches("[A-Za-zü ]+"))
                return py.toLowerCase(Locale.ROOT).replace("ü", "v").replace(' ', '-');
        }
        if (zh != null) {
            List<String> syl = han.pinyinSyllables(han.toSimplified(zh));
            if (syl == null)
                syl = List.of();
            String ascii = String.join("-", syl).replace("ü", "v").replaceAll("[^a-z0-9\\-]", "");
            if (!ascii.isBlank() && zh.codePoints().allMatch(HanziTable::isHan))
                return ascii;
        }
        if (zh != null && isChinese(m.name())) { // a title in Chinese text: its pinyin, with a short hash
            String hanOnly = zh.codePoints().filter(HanziTable::isHan)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            List<String> syl = han.pinyinSyllables(han.toSimplified(hanOnly));
            String ascii = syl == null ? "" : String.join("", syl).replace("ü", "v").replaceAll("[^a-z0-9]", "");
            if (ascii.length() >= 4)
                return (ascii.length() > 40 ? ascii.substring(0, 40) : ascii) + "-" + hash(han.key(zh)).substring(0, 6);
        }
        if (m.en() != null && m.en().matches("[A-Za-z0-9 .\\-]+") && m.type() != EntityType.Policy)
            return m.en().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        // a readable slug from the Korean name, with a short hash so that two names never share it
        String rr = org.cstkg.hanzi.Romanization.of(key(m.name())).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (rr.length() > 40)
            rr = rr.substring(0, 40).replaceAll("-+$", "");
        return (rr.isEmpty() ? "k" : rr + "-") + hash(key(m.name())).substring(0, 6);
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
