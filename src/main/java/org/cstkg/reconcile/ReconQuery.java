package org.cstkg.reconcile;

import java.util.List;
import java.util.Objects;

/**
 * One reconciliation query: the name, an optional type (class local name), how many candidates, property constraints
 * ({@code locatedIn} = a name or an id) and the language to name candidates in.
 */
record ReconQuery(String query, String type, int limit, List<PropertyValue> properties, String lang) {

    static final int DEFAULT_LIMIT = 5, MAX_LIMIT = 50;

    /** A property constraint; each value is an entity id ({@code region/beijing}) or a name in any script. */
    record PropertyValue(String pid, List<String> ids, List<String> names) {}

    ReconQuery {
        Objects.requireNonNull(query, "query");
        if (limit < 1 || limit > MAX_LIMIT)
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        properties = properties == null ? List.of() : List.copyOf(properties);
    }
}
