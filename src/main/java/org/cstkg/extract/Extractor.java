package org.cstkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cstkg.document.Document;
import org.cstkg.gazetteer.Gazetteer;
import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.hanzi.KoreanForms;
import org.cstkg.rdf.EntityType;
import org.cstkg.resolve.EntityResolver;
import org.cstkg.resolve.KnownIndex;
import org.cstkg.span.NameKey;

/**
 * Reads a document into entities and facts by running its {@link Stage}s in order: text, glosses, mentions (the
 * {@link MentionRule}s), aliases, resolution, relations, cited titles, publisher. The builder checks, when it is
 * built, that every stage finds what it needs provided by a stage before it. Thread-safe once built; build once and
 * reuse (the gazetteer and its matchers take a moment to prepare).
 *
 * <pre>{@code
 * Extractor x = Extractor.standard();                 // the bundled gazetteer and rules
 * Extraction e = x.extract(document, knownEntities);
 * }</pre>
 */
public final class Extractor {

    private final List<Stage> stages;
    private final EntityResolver.GazetteerKeys gazetteerKo;
    private final Set<String> gazetteerIds;

    private Extractor(List<Stage> stages, Map<String, GazetteerEntry> gazetteerKo, Set<String> gazetteerIds) {
        this(stages, new EntityResolver.GazetteerKeys(gazetteerKo), gazetteerIds);
    }

    private Extractor(List<Stage> stages, EntityResolver.GazetteerKeys gazetteerKo, Set<String> gazetteerIds) {
        this.stages = List.copyOf(stages);
        this.gazetteerKo = gazetteerKo;
        this.gazetteerIds = gazetteerIds;
    }

    /**
     * The same extractor stopped after the stage named {@code last}, e.g. to time the stages one by one (the
     * benchmarks): its result holds what the stages up to that one found.
     *
     * @throws IllegalArgumentException naming the stages, when none is named {@code last}
     */
    public Extractor upTo(String last) {
        List<String> names = stages();
        int i = names.indexOf(last);
        if (i < 0)
            throw new IllegalArgumentException("no stage named '" + last + "'; stages: " + names);
        return new Extractor(stages.subList(0, i + 1), gazetteerKo, gazetteerIds);
    }

    /** The extractor over the bundled gazetteer, with Korean forms derived from each entry's Chinese name. */
    public static Extractor standard() {
        Gazetteer g = Gazetteer.loadWithDivisions();
        return standard(new Lexicon(g.entries(), Extractor::derivedForms), g.entries(),
                id -> java.util.Objects.requireNonNullElse(g.sourceOf(id), "data/gazetteer"));
    }

    /**
     * The standard stages over a given lexicon and its entries.
     *
     * @param referenceOf where a gazetteer entry comes from, by id: the provenance of its background facts
     */
    public static Extractor standard(Lexicon lexicon, Collection<GazetteerEntry> entries,
            java.util.function.Function<String, String> referenceOf) {
        return builder(entries)
                .stage(new TextStage())
                .stage(new GlossStage())
                .stage(new MentionStage(List.of(new GazetteerNames(lexicon), new SpellingVariants(lexicon),
                        new PlacesInLists(lexicon), new PatternNames(new PatternRecognizer(lexicon)), new NamesInLists(lexicon), new PersonNames(),
                        new ProductVersions(entries), new BracketedTitles())))
                .stage(new AliasStage(lexicon))
                .stage(new ResolveStage())
                .stage(new RelationStage(referenceOf, List.of(new Organisers(), new Participants(), new Creators(),
                        new Developers(), new Hierarchy(), new Launches(), new Appointments(), new ChineseNotices(), new Venues(), new TitleIssuers(), new PolicyLinks())))
                .stage(new CitedTitleStage())
                .stage(new NoticeStage(lexicon))
                .stage(new PolicyRecordStage(lexicon, referenceOf))
                .stage(new PublisherStage(lexicon))
                .build();
    }

    /** A builder for an extractor of one's own stages, resolving against the given gazetteer entries. */
    public static Builder builder(Collection<GazetteerEntry> entries) {
        return new Builder(entries);
    }

    /** Collects stages in order; {@link #build()} checks what each needs against what those before it provide. */
    public static final class Builder {
        private final Collection<GazetteerEntry> entries;
        private final List<Stage> stages = new ArrayList<>();

        private Builder(Collection<GazetteerEntry> entries) {
            this.entries = entries;
        }

        public Builder stage(Stage s) {
            stages.add(java.util.Objects.requireNonNull(s, "stage"));
            return this;
        }

        /**
         * @throws IllegalStateException naming the first stage that needs an annotation no earlier stage provides
         */
        public Extractor build() {
            Set<Annotation> provided = EnumSet.noneOf(Annotation.class);
            List<String> before = new ArrayList<>();
            for (Stage s : stages) {
                Set<Annotation> missing = EnumSet.noneOf(Annotation.class);
                missing.addAll(s.requires());
                missing.removeAll(provided);
                if (!missing.isEmpty())
                    throw new IllegalStateException("extraction stage '" + s.name() + "' needs " + missing
                            + ", which no stage before it provides (stages before it: "
                            + (before.isEmpty() ? "none" : String.join(", ", before)) + ")");
                provided.addAll(s.provides());
                before.add(s.name());
            }
            Map<String, GazetteerEntry> ko = new HashMap<>();
            Set<String> ids = new HashSet<>();
            for (GazetteerEntry e : entries) {
                ids.add(EntityResolver.idOf(e));
                for (String k : e.ko()) {
                    if (k.length() >= 5)
                        ko.putIfAbsent(NameKey.of(k), e);
                    if (e.type() == EntityType.Person) // 리우례훙 is the 류례훙 of the gazetteer
                        ko.putIfAbsent(EntityResolver.PERSON_KEY + NameKey.ofPerson(k), e);
                }
            }
            return new Extractor(stages, ko, ids);
        }
    }

    /** The names of the stages, in order. */
    public List<String> stages() {
        return stages.stream().map(Stage::name).toList();
    }

    /**
     * Korean forms derived from the Chinese name, for places and organisations only, and only forms of three syllables
     * or more: a two-syllable reading is too often an everyday Korean word.
     */
    static List<String> derivedForms(GazetteerEntry e) {
        List<String> out = new ArrayList<>();
        for (String ko : e.ko()) { // 톈허 II is also written with the numeral sign, 톈허Ⅱ
            String roman = romanNumeralSign(ko);
            if (roman != null)
                out.add(roman);
        }
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

    private static final String[] ROMAN = { "XII", "XI", "IX", "X", "VIII", "VII", "VI", "IV", "V", "III", "II" };
    private static final String[] ROMAN_SIGN = { "Ⅻ", "Ⅺ", "Ⅸ", "Ⅹ", "Ⅷ", "Ⅶ", "Ⅵ", "Ⅳ", "Ⅴ", "Ⅲ", "Ⅱ" };

    /** The form with its closing Roman numeral (a separate word: 브레인 II, not MIIT) as one numeral sign, or null. */
    static String romanNumeralSign(String ko) {
        for (int i = 0; i < ROMAN.length; i++)
            if (ko.endsWith(" " + ROMAN[i]))
                return ko.substring(0, ko.length() - ROMAN[i].length()) + ROMAN_SIGN[i];
        return null;
    }

    public Extraction extract(Document document) {
        return extract(document, List.of());
    }

    /** @param known entities of earlier documents, so that a thing keeps its IRI from document to document */
    public Extraction extract(Document document, Collection<EntityResolver.Known> known) {
        return extract(document, index(known));
    }

    /** Known entities indexed once for many documents; the gazetteer's own are left out (it knows them). */
    public KnownIndex index(Collection<EntityResolver.Known> known) {
        return KnownIndex.of(known.stream().filter(k -> !gazetteerIds.contains(k.id())).toList());
    }

    /** Safe to call from many threads at once: stages keep their state in the document's {@link Work}. */
    public Extraction extract(Document document, KnownIndex known) {
        Work work = new Work(document, new EntityResolver(gazetteerKo, known));
        for (Stage s : stages)
            s.apply(work);
        return work.result();
    }
}
