package org.cstkg.link;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cstkg.gazetteer.DivisionCodes;
import org.cstkg.gazetteer.Gazetteer;
import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.rdf.EntityType;
import org.cstkg.span.NameKey;

/**
 * Links from a ROR data dump: each government body, research institute and university without a ROR link is matched
 * to ROR records by its Chinese (simplified, traditional) and English names against every name and alias of a record
 * (by {@link NameKey}; failing that, with the optional parts of {@link NameVariants} dropped), keeping records that
 * are active, of a fitting type ({@link RorTypes}) and in a place that agrees with the entity's. One record fitting one
 * entity, and that entity only, passing {@link LinkVerifier#check}, becomes a {@code verified-offline} ROR row; every
 * other candidate goes to the review list. Then the Wikidata id a linked record states becomes an {@code unverified}
 * Wikidata row (compared with the table's), and the cities records are located in give regions GeoNames rows
 * ({@link RorPlaces}).
 */
public final class RorImport {

    /** A candidate a person should look at: never written to the table. */
    public record Review(String entity, Target target, String identifier, String reason, String theirName) {}

    /** The table with the new rows, the review list, and counts. */
    public record Result(LinkTable table, List<Review> review, Map<String, Integer> counts) {}

    static final Set<EntityType> LINKED = EnumSet.of(EntityType.GovernmentBody, EntityType.ResearchInstitute,
            EntityType.University);

    private record Hit(DumpRecord rec, String name, int tier, String how) {}

    private final Gazetteer gazetteer;
    private final LinkVerifier verifier;
    private final RorPlaces places;
    private final LocalDate today;

    public RorImport(Gazetteer gazetteer, DivisionCodes codes, LocalDate today) {
        this.gazetteer = gazetteer;
        this.verifier = new LinkVerifier(gazetteer, codes, today);
        this.places = new RorPlaces(gazetteer, codes);
        this.today = today;
    }

    public Result run(LinkTable table, Path dump, String release) {
        if (release == null || release.isBlank())
            throw new IllegalArgumentException("name the ROR release the dump is of (--release)");
        // three tiers of name keys: as written with a part in brackets kept (中国地质大学（北京）), as written with it
        // left aside (the project's name key), and with the optional parts of NameVariants dropped
        List<Map<String, Set<String>>> index = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (GazetteerEntry e : gazetteer.entries())
            if (LINKED.contains(e.type()) && table.of(e.id()).stream().noneMatch(l -> l.target() == Target.ROR))
                for (String name : names(e))
                    for (int tier = 0; tier < 3; tier++)
                        for (String k : keys(name, tier))
                            index.get(tier).computeIfAbsent(k, x -> new LinkedHashSet<>()).add(e.id());
        Map<String, String> linkedIds = new HashMap<>(); // ROR id → the entity the table links to it
        table.all().stream().filter(l -> l.target() == Target.ROR && l.stated())
                .forEach(l -> linkedIds.putIfAbsent(l.identifier(), l.entity()));
        Map<String, DumpRecord> linked = new HashMap<>();
        List<Map<String, Map<String, Hit>>> hits = List.of(new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashMap<>());
        Set<String> inDump = new java.util.HashSet<>();
        Dumps.ror(dump, rec -> {
            inDump.add(rec.id());
            if (linkedIds.containsKey(rec.id()))
                linked.put(rec.id(), rec);
            places.add(rec);
            for (Set<String> byLang : rec.names().values())
                for (String name : byLang)
                    for (int tier = 0; tier < 3; tier++)
                        for (String k : keys(name, tier))
                            for (String id : index.get(tier).getOrDefault(k, Set.of()))
                                hits.get(tier).computeIfAbsent(id, x -> new LinkedHashMap<>()).putIfAbsent(rec.id(),
                                        new Hit(rec, name, tier, how(name, k, tier)));
        });
        List<Review> review = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, List<Hit>> claims = new HashMap<>();
        Map<String, Hit> chosen = new LinkedHashMap<>();
        Set<String> candidates = new LinkedHashSet<>();
        hits.forEach(h -> candidates.addAll(h.keySet()));
        for (String id : candidates) {
            GazetteerEntry e = gazetteer.byId(id).orElseThrow();
            List<Hit> fit = new ArrayList<>();
            List<Review> unfit = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            // the closest tier of names that has a record fitting decides
            for (Map<String, Map<String, Hit>> tier : hits) {
                if (!fit.isEmpty())
                    break;
                for (Hit h : tier.getOrDefault(id, Map.of()).values()) {
                    if (!seen.add(h.rec().id()))
                        continue;
                    if (linkedIds.containsKey(h.rec().id())) // a record is linked to one entity only
                        unfit.add(new Review(id, Target.ROR, h.rec().id(), "the table links the record to "
                                + linkedIds.get(h.rec().id()) + " already", h.name()));
                    else
                        sort(e, h, fit, unfit, counts);
                }
            }
            if (fit.size() == 1) {
                chosen.put(id, fit.get(0));
                claims.computeIfAbsent(fit.get(0).rec().id(), k -> new ArrayList<>()).add(fit.get(0));
            } else {
                for (Hit h : fit)
                    review.add(new Review(id, Target.ROR, h.rec().id(), fit.size() + " records fit by name, type and "
                            + "place", h.name()));
                review.addAll(unfit);
            }
        }
        Map<Hit, String> entityOfHit = new java.util.IdentityHashMap<>();
        chosen.forEach((id, h) -> entityOfHit.put(h, id));
        List<Link> rows = new ArrayList<>(table.all());
        for (Map.Entry<String, Hit> c : chosen.entrySet()) {
            String id = c.getKey();
            Hit h = c.getValue();
            // a record several entities chose goes to the one whose name meets it closest, if only one does
            List<Hit> rivals = claims.get(h.rec().id());
            int best = rivals.stream().mapToInt(Hit::tier).min().orElseThrow();
            List<String> closest = rivals.stream().filter(r -> r.tier() == best).map(entityOfHit::get).toList();
            if (closest.size() > 1 || h.tier() != best) {
                review.add(new Review(id, Target.ROR, h.rec().id(), "the record fits " + String.join(", ",
                        rivals.stream().map(entityOfHit::get).sorted().toList()) + (closest.size() == 1 ? "; its name meets "
                                + closest.get(0) + "'s closer" : ""), h.name()));
                continue;
            }
            Link row = new Link(id, Target.ROR, h.rec().id(), "ROR data dump " + release, LinkStatus.UNVERIFIED,
                    null, null);
            Link checked = verifier.check(row, h.rec());
            String matched = "matched by the name " + h.name() + " " + h.how() + "; "
                    + location(gazetteer.byId(id).orElseThrow(), h.rec()).text();
            if (checked.status() != LinkStatus.VERIFIED_OFFLINE) {
                review.add(new Review(id, Target.ROR, h.rec().id(), matched + "; the check did not pass: "
                        + checked.evidence(), h.name()));
                continue;
            }
            String modified = h.rec().ror().lastModified() == null ? ""
                    : "; record last modified " + h.rec().ror().lastModified();
            rows.add(checked.checked(LinkStatus.VERIFIED_OFFLINE, today, matched + "; " + checked.evidence() + modified));
            linked.put(h.rec().id(), h.rec());
            counts.merge("ror verified-offline", 1, Integer::sum);
        }
        rows = children(rows, linked, inDump, index.get(2), release, review, counts);
        rows = wikidata(rows, linked, release, review, counts);
        rows = places.links(rows, release, review, counts);
        review.sort(Comparator.comparing(Review::entity).thenComparing(r -> r.target().id()));
        counts.put("for review", review.size());
        return new Result(table.with(rows), review, counts);
    }

    /**
     * The children a linked record lists whose own record is not in the dump: a child whose label is the name of one
     * of our entities that is part of the parent's entity (through {@code partOf}) becomes an unverified row (ROR
     * states the id; its own record, type and place were not read). Anything less clear goes to review.
     */
    private List<Link> children(List<Link> rows, Map<String, DumpRecord> records, Set<String> inDump,
            Map<String, Set<String>> loose, String release, List<Review> review, Map<String, Integer> counts) {
        Map<String, String> entityOf = new HashMap<>();
        Set<String> hasRor = new java.util.HashSet<>();
        for (Link l : rows)
            if (l.target() == Target.ROR) {
                hasRor.add(l.entity());
                if (l.status() == LinkStatus.VERIFIED_OFFLINE)
                    entityOf.put(l.identifier(), l.entity());
            }
        record Proposal(String entity, String parentEntity, DumpRecord parent, DumpRecord.Relation child, String how) {}
        Map<String, List<Proposal>> byChild = new LinkedHashMap<>(), byEntity = new LinkedHashMap<>();
        for (DumpRecord p : records.values()) {
            String parentEntity = entityOf.get(p.id());
            if (parentEntity == null)
                continue;
            for (DumpRecord.Relation r : p.ror().relations()) {
                if (!r.type().equals("child") || inDump.contains(r.id()) || entityOf.containsKey(r.id()))
                    continue;
                NameVariants.Variant v = NameVariants.get().organisation(r.label());
                Map<String, String> found = new LinkedHashMap<>();
                for (String id : loose.getOrDefault(NameKey.of(r.label()), Set.of()))
                    found.putIfAbsent(id, "their label as written");
                if (v != null)
                    for (String id : loose.getOrDefault(v.key(), Set.of()))
                        found.putIfAbsent(id, "their label after dropping " + v.dropped());
                for (Map.Entry<String, String> f : found.entrySet())
                    if (!hasRor.contains(f.getKey()) && partOf(f.getKey(), parentEntity)) {
                        Proposal x = new Proposal(f.getKey(), parentEntity, p, r, f.getValue());
                        byChild.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(x);
                        byEntity.computeIfAbsent(f.getKey(), k -> new ArrayList<>()).add(x);
                    }
            }
        }
        List<Link> out = new ArrayList<>(rows);
        for (Map.Entry<String, List<Proposal>> e : byEntity.entrySet()) {
            List<Proposal> ps = e.getValue();
            Proposal x = ps.get(0);
            if (ps.size() > 1 || byChild.get(x.child().id()).size() > 1) {
                for (Proposal y : ps)
                    review.add(new Review(y.entity(), Target.ROR, y.child().id(), "listed as a child of ROR "
                            + y.parent().id() + " (" + y.parentEntity() + "), but not one to one", y.child().label()));
                continue;
            }
            out.add(new Link(x.entity(), Target.ROR, x.child().id(), "ROR " + x.parent().id() + " relationships ("
                    + release + ")", LinkStatus.UNVERIFIED, null, "ROR " + x.parent().id() + ", the record of our "
                    + x.parentEntity() + ", lists " + x.child().id() + " \"" + x.child().label() + "\" as its child; our "
                    + x.entity() + " is part of " + x.parentEntity() + " and its name agrees (" + x.how() + "); the "
                    + "child's own record was not in the dump, so its names, type and place were not checked"));
            counts.merge("ror unverified (a linked parent's child)", 1, Integer::sum);
        }
        return out;
    }

    private boolean partOf(String entity, String ancestor) {
        GazetteerEntry e = gazetteer.byId(entity).orElse(null);
        for (int i = 0; i < 8 && e != null && e.partOf() != null; i++) {
            if (e.partOf().equals(ancestor))
                return true;
            e = gazetteer.byId(e.partOf()).orElse(null);
        }
        return false;
    }

    /** A record found by name: one that may be the entity, a namesake abroad (counted), or one for review. */
    private void sort(GazetteerEntry e, Hit h, List<Hit> fit, List<Review> unfit, Map<String, Integer> counts) {
        String why = unfit(e, h.rec());
        if (why == null)
            fit.add(h);
        else if (places.abroad(e, h.rec().ror().places()))
            counts.merge("namesakes abroad left out", 1, Integer::sum);
        else
            unfit.add(new Review(e.id(), Target.ROR, h.rec().id(), why + " (name matched " + h.how() + ")", h.name()));
    }

    /** Why a record found by name cannot be the entity; null when it can. */
    private String unfit(GazetteerEntry e, DumpRecord rec) {
        if (!rec.ror().status().equals("active"))
            return "record " + rec.ror().status();
        String type = RorTypes.get().check(e.type(), rec.classes());
        if (!type.equals("compatible"))
            return "type " + type + ": ROR " + String.join("|", rec.classes()) + ", ours " + e.type();
        RorPlaces.Agreement where = location(e, rec);
        return where.agrees() ? null : where.text();
    }

    private RorPlaces.Agreement location(GazetteerEntry e, DumpRecord rec) {
        return places.agreement(e, rec.ror().places());
    }

    /** The Wikidata ids the linked records state, as unverified rows; conflicts with the table go to review. */
    private List<Link> wikidata(List<Link> rows, Map<String, DumpRecord> records, String release, List<Review> review,
            Map<String, Integer> counts) {
        List<Link> out = new ArrayList<>(rows);
        for (Link ror : rows) {
            DumpRecord rec = ror.target() == Target.ROR && ror.stated() ? records.get(ror.identifier()) : null;
            if (rec == null || rec.wikidata().isEmpty())
                continue;
            String q = rec.ror().preferredWikidata() != null ? rec.ror().preferredWikidata()
                    : rec.wikidata().size() == 1 ? rec.wikidata().iterator().next() : null;
            if (q == null || !Target.WIKIDATA.valid(q)) {
                review.add(new Review(ror.entity(), Target.WIKIDATA, String.join("|", rec.wikidata()), "ROR "
                        + rec.id() + " names several Wikidata ids, none preferred", ""));
                continue;
            }
            String said = "ROR " + rec.id() + " external_ids (" + release + ")";
            List<Link> ours = out.stream().filter(l -> l.entity().equals(ror.entity()) && l.target() == Target.WIKIDATA)
                    .toList();
            Link same = ours.stream().filter(l -> l.identifier().equals(q)).findFirst().orElse(null);
            if (same != null) {
                if (same.status() == LinkStatus.REJECTED)
                    review.add(new Review(ror.entity(), Target.WIKIDATA, q, said + " names an id this table rejected",
                            ""));
                else if (!same.source().equals(said) && (same.evidence() == null || !same.evidence().contains(said))) {
                    out.set(out.indexOf(same), new Link(same.entity(), same.target(), same.identifier(), same.source(),
                            same.status(), same.checkedOn(), (same.evidence() == null ? "" : same.evidence() + "; ")
                                    + said + " name the same id"));
                    counts.merge("wikidata confirmed by ROR", 1, Integer::sum);
                }
                continue;
            }
            List<Link> other = ours.stream().filter(Link::stated).toList();
            if (!other.isEmpty()) {
                review.add(new Review(ror.entity(), Target.WIKIDATA, q, "conflict: " + said + " names " + q
                        + ", the table has " + String.join("|", other.stream().map(Link::identifier).toList()), ""));
                continue;
            }
            out.add(new Link(ror.entity(), Target.WIKIDATA, q, said, LinkStatus.UNVERIFIED, null, "stated by ROR "
                    + rec.id() + " (linked " + ror.status() + "); not checked against Wikidata"));
            counts.merge("wikidata unverified", 1, Integer::sum);
        }
        return out;
    }

    /** A name's keys in a tier: 0 with a part in brackets kept, 1 the name key, 2 with optional parts dropped. */
    private static List<String> keys(String name, int tier) {
        switch (tier) {
        case 0:
            return List.of(NameKey.of(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC)
                    .replace('(', ' ').replace(')', ' ')));
        case 1:
            return List.of(NameKey.of(name));
        default:
            NameVariants.Variant v = NameVariants.get().organisation(name);
            return v == null ? List.of(NameKey.of(name)) : List.of(NameKey.of(name), v.key());
        }
    }

    /** How a record's name met ours, for the evidence. */
    private static String how(String name, String key, int tier) {
        if (tier == 0)
            return "as written";
        if (tier == 1)
            return "as written, a part in brackets left aside";
        NameVariants.Variant v = NameVariants.get().organisation(name);
        return v != null && key.equals(v.key()) ? "after dropping " + v.dropped() + " (either side may have)"
                : "as written, ours with its optional parts dropped";
    }

    /** The names an entity is matched by: Chinese in both scripts and English (not Korean, not abbreviations). */
    private static List<String> names(GazetteerEntry e) {
        List<String> out = new ArrayList<>();
        for (String n : new String[] { e.zhHans(), e.zhHant(), e.en() })
            if (n != null && NameKey.of(n).length() >= 2)
                out.add(n);
        return out;
    }

    /** The review list as TSV. */
    public static String reviewText(List<Review> review, LocalDate on, String release) {
        StringBuilder sb = new StringBuilder("# Candidate links from `cstkg links import --ror` on " + on + " (ROR data dump "
                + release + "), for review. Nothing here is in the\n# table or the graph: a row a person has checked"
                + " may be copied into data/links/links.tsv (status unverified).\n");
        sb.append("entity\ttarget\tidentifier\treason\ttheir_name\n");
        for (Review r : review)
            sb.append(String.join("\t", r.entity(), r.target().id(), r.identifier(), r.reason().replace('\t', ' '),
                    r.theirName().replace('\t', ' '))).append('\n');
        return sb.toString();
    }
}
