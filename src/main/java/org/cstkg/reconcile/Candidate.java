package org.cstkg.reconcile;

import java.util.List;

/**
 * A candidate as the API returns it. {@code features} say why it scored as it did (the label match and each property),
 * {@code description} says it in words: which label matched, and how.
 */
record Candidate(String id, String name, String description, List<Type> type, double score, boolean match,
        List<Feature> features) {

    record Type(String id, String name) {}

    record Feature(String id, double value) {}
}
