package org.cstkg.extract;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;

import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.rdf.EntityType;
import org.cstkg.resolve.Entity;

/**
 * The level of government of an issuing body, from reference data: central when the gazetteer puts it under the State
 * Council, the Party Centre, the NPC, the CPPCC or the Central Military Commission; otherwise by the region it belongs
 * to, provincial for a province-level division (北京市 included), municipal for a city or a district. A body found by
 * rule alone has the level of the place its name starts with (선전시 과학기술혁신국: municipal).
 */
final class GovernmentLevels {

    static final URI CENTRAL = URI.create("https://w3id.org/cstkg/id/level/central"),
            PROVINCIAL = URI.create("https://w3id.org/cstkg/id/level/provincial"),
            MUNICIPAL = URI.create("https://w3id.org/cstkg/id/level/municipal");

    private static final Set<String> CENTRAL_ROOTS = Set.of("StateCouncil", "CPCCentralCommittee", "CPC", "NPC",
            "NPCSC", "CPPCC", "CentralMilitaryCommission");
    private static final String CHINA = "China";

    /** A level and the gazetteer entry it rests on. */
    record Level(URI level, GazetteerEntry basis) {}

    private final Lexicon lexicon;

    GovernmentLevels(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The level of an issuer, or null when the reference data do not say (a foreign body, a company …). */
    Level of(Entity issuer) {
        if (!issuer.type().isOrganization())
            return null;
        GazetteerEntry e = issuer.entry();
        if (e != null)
            return ofEntry(e);
        if (issuer.type() != EntityType.GovernmentBody)
            return null;
        for (String name : issuer.koNames()) { // 선전시 과학기술혁신국: the place its name starts with
            for (NameMatcher.Hit<GazetteerEntry> h : lexicon.matcher().find(name)) {
                if (h.start() != 0)
                    break;
                for (GazetteerEntry g : h.targets())
                    if (g.type() == EntityType.Region) {
                        URI l = ofRegion(g);
                        if (l != null)
                            return new Level(l, g);
                    }
            }
        }
        return null;
    }

    private Level ofEntry(GazetteerEntry e) {
        Set<String> seen = new HashSet<>();
        for (GazetteerEntry g = e; g != null && seen.add(g.id()); g = lexicon.byId(g.partOf()).orElse(null))
            if (CENTRAL_ROOTS.contains(g.id()))
                return new Level(CENTRAL, g);
        if (e.type() != EntityType.GovernmentBody)
            return null; // a company or an institute in a city is no level of government
        seen.clear();
        for (GazetteerEntry g = e; g != null && seen.add(g.id()); g = lexicon.byId(g.partOf()).orElse(null)) {
            GazetteerEntry region = lexicon.byId(g.locatedIn()).orElse(null);
            if (region != null && region.type() == EntityType.Region) {
                URI l = ofRegion(region);
                return l == null ? null : new Level(l, e);
            }
        }
        return null;
    }

    /** Provincial for a province-level division, municipal below it, null outside China. */
    private URI ofRegion(GazetteerEntry region) {
        if (CHINA.equals(region.partOf()))
            return PROVINCIAL;
        Set<String> seen = new HashSet<>();
        for (GazetteerEntry g = lexicon.byId(region.partOf()).orElse(null); g != null && seen.add(g.id());
                g = lexicon.byId(g.partOf()).orElse(null))
            if (CHINA.equals(g.partOf()))
                return MUNICIPAL;
        return null;
    }
}
