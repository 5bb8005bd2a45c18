package org.cstkg.link;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Checks the link table against dumps: for each link into a dump, whether the record's names agree with the entity's
 * (in zh, en or ko, compared by {@link NameKey}), whether its kind fits, and, for a region, whether its P442 code is the
 * entity's GB/T 2260 code. Agreement makes the link verified-offline, a contradiction rejected; a link whose record is
 * not in the dump keeps its status. Entities of the kinds worth linking that have no link into a dump get candidates,
 * for a person to review: never written into the table.
 */
public final class LinkVerifier {

    /** The outcome of a run: the table with statuses written back, the candidates, and counts. */
    public record Result(LinkTable table, List<Candidate> candidates, Map<String, Integer> counts) {}

    /** A proposed link, for review: never written to the table by the verifier. */
    public record Candidate(String entity, Target target, String identifier, String matchedBy, String theirName) {}

    static final Set<EntityType> PROPOSED_FOR = Set.of(EntityType.GovernmentBody, EntityType.ResearchInstitute,
            EntityType.University, EntityType.Region);

    private final Gazetteer gazetteer;
    private final DivisionCodes codes;
    private final Map<String, EntityType> classes;
    private final LocalDate today;

    public LinkVerifier(Gazetteer gazetteer, DivisionCodes codes, LocalDate today) {
        this.gazetteer = gazetteer;
        this.codes = codes;
        this.today = today;
        this.classes = new HashMap<>();
        for (String line : resource("/cstkg-data/links/wikidata-types.tsv")) {
            String[] c = line.split("\t");
            if (line.startsWith("#") || line.isBlank() || c[0].equals("class"))
                continue;
            classes.put(c[0].strip(), EntityType.of(c[1].strip()));
        }
    }

    public Result verify(LinkTable table, Path wikidata, Path ror) {
        Map<String, Set<String>> byKey = nameIndex();
        Map<String, String> byCode = new HashMap<>();
        codes.all().forEach(c -> byCode.put(c.code(), c.id()));
        Map<String, DumpRecord> linked = new HashMap<>();
        Set<String> wanted = new LinkedHashSet<>();
        table.all().forEach(l -> wanted.add(l.target().id() + ":" + l.identifier()));
        Map<String, Set<Target>> hasLink = new HashMap<>();
        table.all().forEach(l -> hasLink.computeIfAbsent(l.entity(), k -> new LinkedHashSet<>()).add(l.target()));
        List<Candidate> candidates = new ArrayList<>();
        java.util.function.Consumer<DumpRecord> each = rec -> {
            if (wanted.contains(rec.target().id() + ":" + rec.id()))
                linked.put(rec.target().id() + ":" + rec.id(), rec);
            propose(rec, byKey, byCode, hasLink, candidates);
        };
        if (wikidata != null)
            Dumps.wikidata(wikidata, each);
        if (ror != null)
            Dumps.ror(ror, each);
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Link> out = new ArrayList<>();
        for (Link l : table.all()) {
            DumpRecord rec = linked.get(l.target().id() + ":" + l.identifier());
            boolean inDump = l.target() == Target.WIKIDATA && wikidata != null || l.target() == Target.ROR && ror != null;
            if (rec == null) {
                out.add(l);
                counts.merge(inDump ? "not in dump" : "target not checked", 1, Integer::sum);
                continue;
            }
            Link checked = check(l, rec);
            out.add(checked);
            counts.merge(checked.status().toString(), 1, Integer::sum);
        }
        counts.put("candidates", candidates.size());
        return new Result(table.with(out), candidates, counts);
    }

    /** The check of one link against its record. */
    Link check(Link l, DumpRecord rec) {
        GazetteerEntry e = gazetteer.byId(l.entity()).orElse(null);
        if (e == null)
            return l.checked(LinkStatus.REJECTED, today, "entity no longer in the gazetteer");
        List<String> agree = new ArrayList<>(), differ = new ArrayList<>();
        for (Map.Entry<String, Set<String>> ours : names(e).entrySet()) {
            Set<String> theirs = rec.names().getOrDefault(ours.getKey(), Set.of());
            if (theirs.isEmpty())
                continue;
            boolean same = theirs.stream().map(NameKey::of).anyMatch(ours.getValue()::contains);
            String dropped = same ? null : agreeWithout(e, ours.getValue(), theirs);
            if (dropped != null)
                agree.add(ours.getKey() + " (after dropping " + dropped + ")");
            else
                (same ? agree : differ).add(ours.getKey());
        }
        List<String> evidence = new ArrayList<>();
        evidence.add("labels agree: " + (agree.isEmpty() ? "none" : String.join(",", agree))
                + (differ.isEmpty() ? "" : "; differ: " + String.join(",", differ)));
        String type = typeCheck(e, rec);
        evidence.add("type " + type);
        String code = codes.of(e.id()).map(DivisionCodes.Code::code).orElse(null);
        Boolean codeAgrees = null;
        if (code != null && !rec.p442().isEmpty()) {
            codeAgrees = rec.p442().stream().map(DivisionCodes::normalise).anyMatch(code::equals);
            evidence.add("P442 " + String.join("|", rec.p442()) + (codeAgrees ? " = " : " ≠ ") + code);
        }
        if (l.target() == Target.ROR && !rec.wikidata().isEmpty())
            evidence.add("ROR names Wikidata " + String.join("|", rec.wikidata()));
        if (rec.ror() != null && !rec.ror().status().equals("active"))
            evidence.add("ROR record " + rec.ror().status());
        String found = String.join("; ", evidence);
        if (Boolean.FALSE.equals(codeAgrees) || type.equals("incompatible") || agree.isEmpty() && !differ.isEmpty())
            return l.checked(LinkStatus.REJECTED, today, found);
        if (!agree.isEmpty() && (code == null || l.target() != Target.WIKIDATA || Boolean.TRUE.equals(codeAgrees)))
            return l.checked(LinkStatus.VERIFIED_OFFLINE, today, found);
        return l.checked(l.status(), l.checkedOn(), found); // not enough to decide: stays as it was
    }

    private String typeCheck(GazetteerEntry e, DumpRecord rec) {
        if (rec.target() == Target.ROR) { // ROR holds organisations only; its types through data/links/ror-types.tsv
            String t = RorTypes.get().check(e.type(), rec.classes());
            return e.type().isOrganization() || t.equals("compatible") ? t : "incompatible";
        }
        Set<EntityType> kinds = new LinkedHashSet<>();
        for (String c : rec.classes())
            if (classes.containsKey(c))
                kinds.add(classes.get(c));
        if (kinds.isEmpty())
            return "unknown";
        boolean fits = kinds.stream().anyMatch(k -> k == e.type() || k.isOrganization() && e.type().isOrganization());
        return fits ? "compatible" : "incompatible";
    }

    /**
     * What both sides' names agree on once the optional parts of {@link NameVariants} are dropped from either (their
     * "Ministry of Public Security of the People's Republic of China", our "Ministry of Public Security"); null if
     * nothing. {@code ours} are name keys, so our variants come from the entity's names as written.
     */
    private static String agreeWithout(GazetteerEntry e, Set<String> ours, Set<String> theirs) {
        NameVariants v = NameVariants.get();
        Map<String, String> oursLoose = new HashMap<>();
        ours.forEach(k -> oursLoose.put(k, null));
        List<String> raw = new ArrayList<>(e.ko());
        for (String n : new String[] { e.en(), e.zhHans(), e.zhHant() })
            if (n != null)
                raw.add(n);
        for (String n : raw)
            if (ours.contains(NameKey.of(n))) {
                NameVariants.Variant x = v.organisation(n);
                if (x != null)
                    oursLoose.putIfAbsent(x.key(), x.dropped());
            }
        for (String t : theirs) {
            NameVariants.Variant x = v.organisation(t);
            if (oursLoose.containsKey(NameKey.of(t)) && oursLoose.get(NameKey.of(t)) != null)
                return oursLoose.get(NameKey.of(t)) + " from ours";
            if (x != null && oursLoose.containsKey(x.key()))
                return x.dropped() + (oursLoose.get(x.key()) == null ? "" : " and " + oursLoose.get(x.key()));
        }
        return null;
    }

    /** An entity's name keys by language group. */
    static Map<String, Set<String>> names(GazetteerEntry e) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        if (e.en() != null)
            out.computeIfAbsent("en", k -> new LinkedHashSet<>()).add(NameKey.of(e.en()));
        e.abbr().forEach(a -> out.computeIfAbsent("en", k -> new LinkedHashSet<>()).add(NameKey.of(a)));
        for (String zh : new String[] { e.zhHans(), e.zhHant() })
            if (zh != null)
                out.computeIfAbsent("zh", k -> new LinkedHashSet<>()).add(NameKey.of(zh));
        e.ko().forEach(k -> out.computeIfAbsent("ko", x -> new LinkedHashSet<>()).add(NameKey.of(k)));
        return out;
    }

    /** Entities worth linking, by the keys of their Chinese and English names. */
    private Map<String, Set<String>> nameIndex() {
        Map<String, Set<String>> byKey = new HashMap<>();
        for (GazetteerEntry e : gazetteer.entries())
            if (PROPOSED_FOR.contains(e.type()))
                for (String lang : List.of("zh", "en"))
                    for (String k : names(e).getOrDefault(lang, Set.of()))
                        if (k.length() >= 2)
                            byKey.computeIfAbsent(lang + ":" + k, x -> new LinkedHashSet<>()).add(e.id());
        return byKey;
    }

    private void propose(DumpRecord rec, Map<String, Set<String>> byKey, Map<String, String> byCode,
            Map<String, Set<Target>> hasLink, List<Candidate> out) {
        Set<String> seen = new LinkedHashSet<>();
        for (String p : rec.p442()) {
            String id = byCode.get(DivisionCodes.normalise(p));
            if (id != null && !hasLink.getOrDefault(id, Set.of()).contains(rec.target()) && seen.add(id))
                out.add(new Candidate(id, rec.target(), rec.id(), "P442 " + p, first(rec, "zh")));
        }
        for (String lang : List.of("zh", "en"))
            for (String name : rec.names().getOrDefault(lang, Set.of()))
                for (String id : byKey.getOrDefault(lang + ":" + NameKey.of(name), Set.of()))
                    if (!hasLink.getOrDefault(id, Set.of()).contains(rec.target()) && seen.add(id))
                        out.add(new Candidate(id, rec.target(), rec.id(), lang + " name", name));
    }

    private static String first(DumpRecord rec, String lang) {
        return rec.names().getOrDefault(lang, Set.of()).stream().findFirst().orElse("");
    }

    private static List<String> resource(String name) {
        try (java.io.InputStream in = LinkVerifier.class.getResourceAsStream(name)) {
            if (in == null)
                throw new IllegalStateException("missing from the classpath: " + name);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The review file: one candidate a line, with what matched. */
    public static String reviewText(List<Candidate> candidates, LocalDate on) {
        StringBuilder sb = new StringBuilder("# Candidate links proposed by `cstkg links verify` on " + on
                + ", for review. Nothing here is in the graph:\n# copy a row you have checked into data/links/links.tsv"
                + " (status unverified, or verified-offline with the date of your check).\n");
        sb.append("entity\ttarget\tidentifier\tmatched_by\ttheir_name\n");
        for (Candidate c : candidates)
            sb.append(String.join("\t", c.entity(), c.target().id(), c.identifier(), c.matchedBy(),
                    c.theirName().replace('\t', ' '))).append('\n');
        return sb.toString();
    }
}
