package org.cstkg.span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keys one edit apart, found by lookup rather than by scanning: every key is indexed under itself and under each
 * form with one character left out, so that two keys one substitution, insertion or deletion apart share an index
 * entry. Candidates are then checked with {@link NameKey#oneSyllableApart}.
 *
 * @param <T> what a key stands for
 */
public final class VariantIndex<T> {

    private record Item<T>(String key, T target, int order) {}

    private final Map<String, List<Item<T>>> index = new HashMap<>();
    private int added;

    public void add(String key, T target) {
        Item<T> e = new Item<>(key, target, added++);
        for (String d : deletions(key))
            index.computeIfAbsent(d, k -> new ArrayList<>()).add(e);
    }

    /**
     * The targets of keys one transcription variant apart from {@code key} (not equal to it) that pass {@code also},
     * shorter keys first, then in the order they were added: the same answer, whatever the index's layout.
     */
    public List<T> near(String key, java.util.function.BiPredicate<String, T> also) {
        Set<Item<T>> seen = new LinkedHashSet<>();
        for (String d : deletions(key))
            seen.addAll(index.getOrDefault(d, List.of()));
        List<Item<T>> hits = new ArrayList<>();
        for (Item<T> e : seen)
            if (!e.key().equals(key) && also.test(e.key(), e.target()) && NameKey.oneSyllableApart(key, e.key()))
                hits.add(e);
        hits.sort(java.util.Comparator.comparingInt((Item<T> e) -> e.key().length()).thenComparingInt(Item::order));
        return hits.stream().map(Item::target).toList();
    }

    public List<T> near(String key) {
        return near(key, (k, t) -> true);
    }

    /** The key and the key with each one character left out. */
    private static List<String> deletions(String key) {
        List<String> out = new ArrayList<>(key.length() + 1);
        out.add(key);
        for (int i = 0; i < key.length(); i++)
            out.add(key.substring(0, i) + key.substring(i + 1));
        return out;
    }
}
