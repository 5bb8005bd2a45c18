package org.cstkg.rdf;

import java.util.Arrays;
import java.util.Locale;

/** The twelve entity types of the ontology; their names are the ontology's class local names. */
public enum EntityType {
    GovernmentBody, ResearchInstitute, University, Company, Organization, Person, Region, Program, Policy, Facility,
    Technology, Event;

    public boolean isOrganization() {
        return this == GovernmentBody || this == ResearchInstitute || this == University || this == Company
                || this == Organization;
    }

    /** The IRI path segment for entities of this type: {@code org} for every organisation type. */
    public String kind() {
        return isOrganization() ? "org" : name().toLowerCase(Locale.ROOT);
    }

    /** The type named exactly {@code name}; the error lists the accepted names. */
    public static EntityType of(String name) {
        for (EntityType t : values())
            if (t.name().equals(name))
                return t;
        throw new IllegalArgumentException("unknown type '" + name + "' (one of " + Arrays.toString(values()) + ")");
    }
}
