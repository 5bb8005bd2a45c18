package org.cstkg.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cstkg.gazetteer.Gazetteer;
import org.cstkg.gazetteer.GazetteerEntry;
import org.cstkg.rdf.EntityType;

/** Gazetteer entries by type, with a Korean and a Chinese name, in the gazetteer's order (so picks are repeatable). */
final class NamePool {

    private final Map<EntityType, List<GazetteerEntry>> byType = new EnumMap<>(EntityType.class);

    NamePool(Gazetteer gazetteer) {
        for (GazetteerEntry e : gazetteer.entries())
            if (!e.ko().isEmpty() && e.zhHans() != null)
                byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
        for (EntityType t : EntityType.values())
            if (!byType.containsKey(t))
                throw new IllegalStateException("the gazetteer has no " + t + " with a Korean name");
    }

    GazetteerEntry pick(EntityType type, Random r) {
        List<GazetteerEntry> l = byType.get(type);
        return l.get(r.nextInt(l.size()));
    }

    /** The entry's usual Korean name (its first). */
    static String ko(GazetteerEntry e) {
        return e.ko().get(0);
    }
}
