package org.cstkg.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cstkg.rdf.CST;
import org.cstkg.rdf.EntityType;

/** The entity classes as reconciliation types: id = class local name, name in English words. */
final class Types {

    private Types() {}

    static List<Candidate.Type> all() {
        List<Candidate.Type> out = new ArrayList<>();
        for (EntityType t : EntityType.values())
            out.add(type(t.name()));
        return out;
    }

    static Candidate.Type type(String local) {
        return new Candidate.Type(local, local.replaceAll("([a-z])([A-Z])", "$1 $2"));
    }

    /** The class local name of a type id given as {@code University}, {@code cst:University} or its IRI; null if unknown. */
    static EntityType parse(String id) {
        if (id == null || id.isBlank())
            return null;
        String local = id.strip();
        if (local.startsWith("cst:"))
            local = local.substring(4);
        else if (local.startsWith(CST.NS))
            local = local.substring(CST.NS.length());
        for (EntityType t : EntityType.values())
            if (t.name().equalsIgnoreCase(local) || t.name().toLowerCase(Locale.ROOT).equals(local.replace(" ", "").toLowerCase(Locale.ROOT)))
                return t;
        return null;
    }

    /** Whether an entity of these class local names is an instance of {@code wanted} (Organization takes its kinds). */
    static boolean instance(List<String> types, EntityType wanted) {
        for (String t : types) {
            if (t.equals(wanted.name()))
                return true;
            if (wanted == EntityType.Organization) {
                EntityType et = parse(t);
                if (et != null && et.isOrganization())
                    return true;
            }
        }
        return false;
    }
}
