package org.cstkg.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.cstkg.document.Reference;
import org.cstkg.document.Segment;
import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.hanzi.HanziTable;
import org.cstkg.rdf.EntityType;
import org.cstkg.resolve.Entity;
import org.cstkg.span.Mention;

/**
 * A policy as a record: what the cited title of a notice states (official title and page, issuers with the lead one,
 * how many there are, type, period), the type of a Korean title, document numbers and dates of effect the sentences
 * write, and the level of government its issuers belong to. Runs after the relations, which give the issuers named in
 * sentences.
 */
final class PolicyRecordStage implements Stage {

    private final Lexicon lexicon;
    private final Function<String, String> referenceOf;
    private final GovernmentLevels levels;
    private final DocumentTypes types = DocumentTypes.standard();
    private final HanziTable han = HanziTable.get();

    /** @param referenceOf where a gazetteer entry comes from, by id: the basis of a level */
    PolicyRecordStage(Lexicon lexicon, Function<String, String> referenceOf) {
        this.lexicon = lexicon;
        this.referenceOf = referenceOf;
        this.levels = new GovernmentLevels(lexicon);
    }

    @Override
    public String name() {
        return "policy-records";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.FACTS);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of();
    }

    @Override
    public void apply(Work work) {
        java.util.Set<Entity> levelled = new java.util.HashSet<>(); // one level per policy and document
        for (Work.Part p : work.parts) {
            List<Entity> policies = policies(p);
            if (policies.isEmpty())
                continue;
            if (p.article != null)
                citations(work, p, policies);
            typesOfTitles(p, policies);
            numbersAndDates(work, p, policies);
            levels(p, policies, levelled);
        }
        SingleValues.settle(work.parts.stream().map(p -> p.facts).toList());
    }

    private static List<Entity> policies(Work.Part p) {
        Set<Entity> out = new LinkedHashSet<>();
        for (Entity e : p.entities.values())
            if (e.canonical().type() == EntityType.Policy)
                out.add(e.canonical());
        return new ArrayList<>(out);
    }

    /** The cited title of a reference line that is a policy's Chinese name: its issuers, count, type and period. */
    private void citations(Work work, Work.Part p, List<Entity> policies) {
        List<Reference> refs = p.article.references();
        for (int i = 0; i < refs.size(); i++) {
            int citation = i + 1;
            Reference ref = refs.get(i);
            CitedNotices notice = CitedNotices.parse(ref.title()).orElse(null);
            if (notice == null)
                continue;
            String key = han.key(notice.title());
            Entity policy = policies.stream().filter(e -> e.zh() != null && han.key(e.zh()).equals(key)).findFirst()
                    .orElse(null);
            if (policy == null)
                continue;
            p.facts.add(Fact.cited(policy, "officialTitle", null, han.toSimplified(notice.title()), citation,
                    "cited-title"));
            if (notice.own() && ref.url() != null && ref.url().matches("https?://\\S+"))
                p.facts.add(Fact.cited(policy, "officialUrl", null, ref.url(), citation, "cited-title"));
            URI type = types.ofChinese(notice.title());
            if (type != null)
                p.facts.add(Fact.cited(policy, "documentType", null, type, citation, "type-of-cited-title"));
            if (notice.period() != null) {
                p.facts.add(Fact.cited(policy, "periodStart", null, notice.period()[0], citation, "cited-title"));
                p.facts.add(Fact.cited(policy, "periodEnd", null, notice.period()[1], citation, "cited-title"));
            }
            List<Entity> issuers = issuers(work, p, notice.issuers());
            for (Entity issuer : issuers)
                p.facts.add(Fact.cited(policy, "issuedBy", issuer, null, citation, "issuer-of-cited-notice"));
            if (!issuers.isEmpty() && (issuers.size() > 1 || notice.stated() != null && notice.stated() > 1))
                p.facts.add(Fact.cited(policy, "leadIssuer", issuers.get(0), null, citation, "issuer-of-cited-notice"));
            if (notice.stated() != null && notice.stated() > 1)
                p.facts.add(Fact.cited(policy, "coIssuerCount", null, notice.stated(), citation, "issuer-of-cited-notice"));
            if (!issuers.isEmpty())
                p.facts.add(Fact.cited(policy, "issuersComplete", null, !notice.incomplete(), citation,
                        "issuer-of-cited-notice"));
            for (DocumentNumbers.Number n : DocumentNumbers.in(ref.title()))
                number(p, policy, n, -1, -1, citation);
        }
    }

    /** The bodies a cited title names before 关于, in order, as entities of the article. */
    private List<Entity> issuers(Work work, Work.Part p, String text) {
        List<Entity> out = new ArrayList<>();
        if (text.isBlank())
            return out;
        int covered = 0;
        for (NameMatcher.Hit<GazetteerEntry> h : lexicon.matcher().find(text)) {
            if (h.start() < covered)
                continue;
            GazetteerEntry g = h.targets().stream().filter(t -> t.type().isOrganization()).findFirst().orElse(null);
            if (g == null)
                continue;
            covered = h.end();
            String name = g.ko().isEmpty() ? text.substring(h.start(), h.end()) : g.ko().get(0);
            Mention m = new Mention(-1, h.start(), h.end(), text.substring(h.start(), h.end()), g.type(), name, null,
                    g.zhHans(), g.en(), g, "cited-title");
            Entity e = work.resolver.resolve(m).canonical();
            p.entities.putIfAbsent(m, e);
            if (!out.contains(e))
                out.add(e);
        }
        return out;
    }

    /** A policy's type from the head word of its Korean title, stated where the title is written. */
    private void typesOfTitles(Work.Part p, List<Entity> policies) {
        for (Entity policy : policies) {
            if (p.facts.stream().anyMatch(f -> f.subject().canonical() == policy && f.predicate().equals("documentType")))
                continue;
            GazetteerEntry known = policy.entry();
            URI official = known != null && known.zhHans() != null ? types.ofChinese(known.zhHans()) : null;
            if (official != null) { // the head word of the official title (规划), not of a translation (계획)
                p.facts.add(new Fact(policy, "documentType", null, official, -1, -1, referenceOf.apply(known.id()),
                        "type-of-official-title"));
                continue;
            }
            for (var en : p.entities.entrySet()) {
                Mention m = en.getKey();
                if (en.getValue().canonical() != policy || m.segment() < 0)
                    continue;
                URI type = m.zh() != null ? types.ofChinese(m.zh()) : null;
                if (type == null)
                    type = types.ofKorean(m.name());
                if (type != null) {
                    p.facts.add(Fact.literal(policy, "documentType", type, m.segment(), "type-of-title"));
                    break;
                }
            }
        }
    }

    /** Document numbers and dates of effect a sentence writes, for the policy it names or the article's only one. */
    private void numbersAndDates(Work work, Work.Part p, List<Entity> policies) {
        java.time.LocalDate date = p.article != null && p.article.date() != null ? p.article.date() : work.document.date();
        for (SegmentText st : p.texts) {
            int seg = st.segment().index();
            List<DocumentNumbers.Number> numbers = DocumentNumbers.in(st.text());
            String effective = PolicyDates.effective(st.text(), date);
            if (numbers.isEmpty() && effective == null)
                continue;
            List<Entity> named = named(p, seg);
            Entity policy = named.size() == 1 ? named.get(0) : !named.isEmpty() ? null
                    : policies.size() == 1 ? policies.get(0) : titled(p);
            if (policy == null)
                continue;
            int context = named.isEmpty() ? firstSegment(p, policy) : -1;
            if (named.isEmpty() && context < 0)
                continue;
            for (DocumentNumbers.Number n : numbers)
                number(p, policy, n, seg, context, 0);
            if (effective != null)
                p.facts.add(new Fact(policy, "effectiveDate", null, effective, seg, context, null, "effective-date"));
        }
    }

    private void number(Work.Part p, Entity policy, DocumentNumbers.Number n, int seg, int context, int citation) {
        Object[][] values = { { "documentNumber", n.text() }, { "documentNumberCode", n.code() },
                { "documentNumberYear", n.year() }, { "documentNumberSerial", n.serial() } };
        for (Object[] v : values)
            p.facts.add(citation > 0 ? Fact.cited(policy, (String) v[0], null, v[1], citation, "document-number")
                    : new Fact(policy, (String) v[0], null, v[1], seg, context, null, "document-number"));
    }

    private static List<Entity> named(Work.Part p, int seg) {
        Set<Entity> out = new LinkedHashSet<>();
        for (var en : p.entities.entrySet())
            if (en.getKey().segment() == seg && en.getValue().canonical().type() == EntityType.Policy)
                out.add(en.getValue().canonical());
        return new ArrayList<>(out);
    }

    /** The one policy an article's title names, which its lead and sentences speak of without naming it. */
    private static Entity titled(Work.Part p) {
        for (Segment s : p.segments)
            if (s.kind() == Segment.Kind.TITLE) {
                List<Entity> inTitle = named(p, s.index());
                return inTitle.size() == 1 ? inTitle.get(0) : null;
            }
        return null;
    }

    private static int firstSegment(Work.Part p, Entity policy) {
        return p.entities.entrySet().stream().filter(en -> en.getValue().canonical() == policy && en.getKey().segment() >= 0)
                .mapToInt(en -> en.getKey().segment()).min().orElse(-1);
    }

    /** The level of government of a policy's issuers (the lead's when named), from reference data. */
    private void levels(Work.Part p, List<Entity> policies, java.util.Set<Entity> levelled) {
        for (Entity policy : policies) {
            if (levelled.contains(policy))
                continue;
            List<Entity> issuers = new ArrayList<>();
            p.facts.stream().filter(f -> f.subject().canonical() == policy && f.predicate().equals("leadIssuer"))
                    .forEach(f -> issuers.add(f.object().canonical()));
            p.facts.stream().filter(f -> f.subject().canonical() == policy && f.predicate().equals("issuedBy"))
                    .map(f -> f.object().canonical()).filter(e -> !issuers.contains(e)).forEach(issuers::add);
            for (Entity issuer : issuers) {
                GovernmentLevels.Level level = levels.of(issuer);
                if (level != null) {
                    p.facts.add(new Fact(policy, "level", null, level.level(), -1, -1,
                            referenceOf.apply(level.basis().id()), "level-of-issuer"));
                    levelled.add(policy);
                    break;
                }
            }
        }
    }
}
