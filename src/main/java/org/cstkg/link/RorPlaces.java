package org.cstkg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.cstkg.gazetteer.DivisionCodes;
import org.cstkg.gazetteer.Gazetteer;
import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.hanzi.HanziTable;
import org.cstkg.rdf.EntityType;

/**
 * Places in ROR records against the gazetteer's regions. For an organisation: whether the city, province and country
 * a record locates it in agree with where the gazetteer puts it. For a region: the GeoNames id of the city records
 * name (a prefecture-level or other non-province region, whose name and province both agree) or of the province
 * (schema v1's {@code geonames_admin1}, a province-level region of that name), when one id meets one region only.
 */
final class RorPlaces {

    /** Whether the places agree, and the evidence. */
    record Agreement(boolean agrees, String text) {}

    private record Seen(String geonamesId, String kind, String asWritten, List<String> records) {}

    private final Gazetteer gazetteer;
    private final DivisionCodes codes;
    private final Map<String, Set<String>> regionKeys = new HashMap<>();
    private final Map<String, Set<String>> byKey = new HashMap<>();
    /** region id → GeoNames id → what records said of it. */
    private final Map<String, Map<String, Seen>> seen = new TreeMap<>();

    RorPlaces(Gazetteer gazetteer, DivisionCodes codes) {
        this.gazetteer = gazetteer;
        this.codes = codes;
        for (GazetteerEntry r : gazetteer.entries())
            if (r.type() == EntityType.Region)
                for (String k : keys(r)) {
                    regionKeys.computeIfAbsent(r.id(), x -> new LinkedHashSet<>()).add(k);
                    byKey.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(r.id());
                }
    }

    /** A region's place keys: its English name, its pinyin, and the pinyin of its Chinese name, "Shi" and the like dropped. */
    private static Set<String> keys(GazetteerEntry r) {
        Set<String> out = new LinkedHashSet<>();
        NameVariants v = NameVariants.get();
        if (r.en() != null)
            out.add(v.placeKey(r.en()));
        if (r.pinyin() != null)
            out.add(v.placeKey(r.pinyin()));
        if (r.en() == null && r.pinyin() == null && r.zhHans() != null && r.zhHans().endsWith("市")) {
            String p = HanziTable.get().pinyin(r.zhHans().substring(0, r.zhHans().length() - 1));
            if (p != null)
                out.add(v.placeKey(p));
        }
        out.remove("");
        return out;
    }

    /** The region and the regions above it (partOf, else locatedIn), nearest first. */
    private List<GazetteerEntry> up(String regionId) {
        List<GazetteerEntry> out = new ArrayList<>();
        GazetteerEntry r = regionId == null ? null : gazetteer.byId(regionId).orElse(null);
        while (r != null && out.size() < 8 && !out.contains(r)) {
            out.add(r);
            String next = r.partOf() != null ? r.partOf() : r.locatedIn();
            r = next == null ? null : gazetteer.byId(next).orElse(null);
        }
        return out;
    }

    /**
     * Where the gazetteer puts an organisation: the regions above its {@code locatedIn}; without one, only the country
     * of the nearest organisation above it that has one (a parent in the capital says nothing of its child's city).
     */
    private List<GazetteerEntry> where(GazetteerEntry e) {
        if (e.locatedIn() != null)
            return up(e.locatedIn());
        GazetteerEntry p = e;
        for (int i = 0; i < 6 && p != null && p.locatedIn() == null; i++)
            p = p.partOf() == null ? null : gazetteer.byId(p.partOf()).orElse(null);
        if (p == null || p.locatedIn() == null)
            return List.of();
        List<GazetteerEntry> chain = up(p.locatedIn());
        return List.of(chain.get(chain.size() - 1));
    }

    Agreement agreement(GazetteerEntry e, List<DumpRecord.Place> places) {
        List<GazetteerEntry> ours = where(e);
        if (ours.isEmpty())
            return new Agreement(true, "place not in the gazetteer");
        if (places.isEmpty())
            return new Agreement(true, "the record gives no place");
        Set<String> keys = new LinkedHashSet<>();
        ours.forEach(r -> keys.addAll(regionKeys.getOrDefault(r.id(), Set.of())));
        NameVariants v = NameVariants.get();
        for (DumpRecord.Place p : places) {
            // ROR's country may be one of our regions (Hong Kong, Macao): only what we place below it must agree
            int at = -1;
            for (int i = 0; i < ours.size() && at < 0; i++)
                if (p.country() != null && regionKeys.getOrDefault(ours.get(i).id(), Set.of()).contains(
                        v.placeKey(p.country())))
                    at = i;
            boolean country = p.country() == null || at >= 0;
            boolean belowCountry = p.country() == null ? ours.size() > 1 : at > 0;
            boolean city = !belowCountry || p.city() != null && keys.contains(v.placeKey(p.city()))
                    || p.subdivision() != null && keys.contains(v.placeKey(p.subdivision()))
                    || p.city() != null && within(ours.get(0), v.placeKey(p.city()));
            if (country && city)
                return new Agreement(true, "place agrees: " + text(p));
        }
        return new Agreement(false, "place differs: ROR " + text(places.get(0)) + ", ours "
                + String.join(" < ", ours.stream().map(r -> r.en() != null ? r.en() : r.zhHans()).toList()));
    }

    /** Whether a region named {@code cityKey} lies in {@code region} (ROR's Zhenjiang in our Jiangsu). */
    private boolean within(GazetteerEntry region, String cityKey) {
        for (String id : byKey.getOrDefault(cityKey, Set.of()))
            if (up(id).contains(region))
                return true;
        return false;
    }

    /** Whether some place of the record is in a country the entity's places do not include. */
    boolean abroad(GazetteerEntry e, List<DumpRecord.Place> places) {
        List<GazetteerEntry> ours = where(e);
        if (ours.isEmpty() || places.isEmpty())
            return false;
        Set<String> keys = new LinkedHashSet<>();
        ours.forEach(r -> keys.addAll(regionKeys.getOrDefault(r.id(), Set.of())));
        return places.stream().allMatch(p -> p.country() != null && !keys.contains(NameVariants.get().placeKey(p.country())));
    }

    private static String text(DumpRecord.Place p) {
        List<String> parts = new ArrayList<>();
        for (String s : new String[] { p.city(), p.subdivision(), p.country() })
            if (s != null && !parts.contains(s))
                parts.add(s);
        return String.join(", ", parts);
    }

    /** Notes the places of an active record. */
    void add(DumpRecord rec) {
        if (rec.ror() == null || !rec.ror().status().equals("active"))
            return;
        NameVariants v = NameVariants.get();
        for (DumpRecord.Place p : rec.ror().places()) {
            if (p.country() == null || p.subdivision() == null)
                continue;
            if (p.geonamesId() != null && p.city() != null)
                for (String id : byKey.getOrDefault(v.placeKey(p.city()), Set.of())) {
                    String level = codes.of(id).map(DivisionCodes.Code::level).orElse("");
                    List<GazetteerEntry> chain = up(id);
                    if (!level.equals("province") && chain.size() > 2 && within(chain.subList(1, chain.size()),
                            p.subdivision()) && within(chain, p.country()))
                        note(id, p.geonamesId(), "city", text(p), rec.id());
                }
            if (p.subdivisionGeonamesId() != null)
                for (String id : byKey.getOrDefault(v.placeKey(p.subdivision()), Set.of()))
                    if (codes.of(id).map(DivisionCodes.Code::level).orElse("").equals("province")
                            && within(up(id), p.country()))
                        note(id, p.subdivisionGeonamesId(), "province", p.subdivision() + ", " + p.country(), rec.id());
        }
    }

    private boolean within(List<GazetteerEntry> chain, String name) {
        String k = NameVariants.get().placeKey(name);
        return chain.stream().anyMatch(r -> regionKeys.getOrDefault(r.id(), Set.of()).contains(k));
    }

    private void note(String region, String geonamesId, String kind, String asWritten, String ror) {
        seen.computeIfAbsent(region, k -> new LinkedHashMap<>())
                .computeIfAbsent(geonamesId, k -> new Seen(geonamesId, kind, asWritten, new ArrayList<>())).records()
                .add(ror);
    }

    /** GeoNames rows for the regions one id meets alone; the rest for review. */
    List<Link> links(List<Link> rows, String release, List<RorImport.Review> review, Map<String, Integer> counts) {
        Map<String, Set<String>> regionsOf = new HashMap<>();
        seen.forEach((region, ids) -> ids.keySet().forEach(g -> regionsOf.computeIfAbsent(g, k -> new LinkedHashSet<>())
                .add(region)));
        Set<String> linked = new LinkedHashSet<>();
        rows.stream().filter(l -> l.target() == Target.GEONAMES).forEach(l -> linked.add(l.entity()));
        List<Link> out = new ArrayList<>(rows);
        for (Map.Entry<String, Map<String, Seen>> r : seen.entrySet()) {
            if (linked.contains(r.getKey()))
                continue;
            Map<String, Seen> ids = r.getValue();
            for (Seen s : ids.values()) {
                Set<String> regions = regionsOf.get(s.geonamesId());
                String by = s.records().size() + " ROR record" + (s.records().size() == 1 ? "" : "s") + " ("
                        + String.join(", ", s.records().subList(0, Math.min(3, s.records().size())))
                        + (s.records().size() > 3 ? " …" : "") + ")";
                if (ids.size() > 1 || regions.size() > 1) {
                    review.add(new RorImport.Review(r.getKey(), Target.GEONAMES, s.geonamesId(), (ids.size() > 1
                            ? ids.size() + " GeoNames ids meet this region" : "the id meets " + String.join(", ",
                                    regions)) + "; named by " + by + " as the " + s.kind() + " " + s.asWritten(),
                            s.asWritten()));
                    continue;
                }
                out.add(new Link(r.getKey(), Target.GEONAMES, s.geonamesId(), "ROR " + s.records().get(0)
                        + " locations (" + release + ")", LinkStatus.UNVERIFIED, null, "named by " + by + " as the "
                        + s.kind() + " " + s.asWritten() + "; name and " + (s.kind().equals("city") ? "province"
                                : "country") + " agree with the gazetteer's; not checked against GeoNames"));
                counts.merge("geonames unverified", 1, Integer::sum);
            }
        }
        return out;
    }
}
