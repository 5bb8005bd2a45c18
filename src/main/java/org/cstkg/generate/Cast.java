package org.cstkg.generate;

import java.util.Map;
import java.util.Set;

/** The names one story's templates are filled with: every slot of {@link #SLOTS}, fixed for the whole story. */
record Cast(Map<String, String> values) {

    static final Set<String> SLOTS = Set.of("gov", "gov2", "govlist", "govcount", "govzh", "inst", "newlab", "uni",
            "company", "newco", "person", "newperson", "newperson2", "labrole", "corprole", "unirole", "region",
            "region2", "tech", "program", "facility", "event", "newevent", "policy", "gpolicy", "policyzh", "topic",
            "topic2", "topiczh", "year", "num", "amount");

    Cast {
        values = Map.copyOf(values);
        if (!values.keySet().equals(SLOTS))
            throw new IllegalArgumentException("a cast fills exactly " + SLOTS + ", not " + values.keySet());
    }

    String get(String slot) {
        return values.get(slot);
    }
}
