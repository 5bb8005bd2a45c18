package org.cstkg.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cstkg.hanzi.HanziTable;
import org.cstkg.rdf.EntityType;
import org.cstkg.resolve.EntityResolver.Known;
import org.cstkg.span.NameKey;
import org.cstkg.span.VariantIndex;

/**
 * Entities of earlier documents by the keys of their names (Korean name keys, the Chinese name, spelling variants of
 * long names), so that a later document's mention of them takes their IRI. Built once per batch and then only read:
 * the resolvers of documents extracted in parallel share it.
 */
public final class KnownIndex {

    private final Map<String, Known> byKey = new HashMap<>();
    private final Map<String, VariantIndex<String>> variants = new HashMap<>();
    private final HanziTable han = HanziTable.get();
    private int size;

    public static KnownIndex of(Collection<Known> known) {
        KnownIndex index = new KnownIndex();
        known.forEach(index::add);
        return index;
    }

    /** Adds an entity's keys; a key already taken keeps its first entity. */
    public void add(Known k) {
        String group = EntityResolver.group(k.type());
        boolean any = false;
        for (String n : k.names()) {
            String nameKey = k.type() == EntityType.Person ? NameKey.ofPerson(n) : NameKey.of(n);
            if (nameKey.isEmpty())
                continue;
            String key = group + ":" + nameKey;
            if (byKey.putIfAbsent(key, k) == null) {
                variants.computeIfAbsent(group, x -> new VariantIndex<>()).add(nameKey, key);
                any = true;
            }
        }
        if (k.zh() != null && byKey.putIfAbsent(zhKey(group, k.zh()), k) == null)
            any = true;
        if (any)
            size++;
    }

    /** The entity under a full key ({@code group:nameKey} or {@code group:zh:key}), or null. */
    Known get(String key) {
        return byKey.get(key);
    }

    /** The entity whose name key in {@code group} is one transcription variant from {@code nameKey}, or null. */
    Known near(String group, String nameKey) {
        VariantIndex<String> index = variants.get(group);
        List<String> near = index == null ? List.of() : index.near(nameKey);
        return near.isEmpty() ? null : byKey.get(near.get(0));
    }

    String zhKey(String group, String zh) {
        return group + ":zh:" + han.key(zh);
    }

    /** How many entities added at least one key. */
    public int size() {
        return size;
    }
}
