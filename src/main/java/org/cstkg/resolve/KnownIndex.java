package org.cstkg.resolve;

import java.util.ArrayList;
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
    private final Map<String, Variants> variants = new HashMap<>();
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
                // near() is asked of keys of five syllables or more: a key shorter than four is never one edit away
                if (nameKey.length() >= 4)
                    variants.computeIfAbsent(group, x -> new Variants()).add(nameKey, key);
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
        Variants index = variants.get(group);
        List<String> near = index == null ? List.of() : index.near(nameKey);
        return near.isEmpty() ? null : byKey.get(near.get(0));
    }

    /**
     * A group's variant index, built when first asked: most groups (people's and places' short names) never are, and
     * an ingest into a large store asks a few. Resolvers on several threads may ask at once.
     */
    private static final class Variants {
        private List<String[]> pending = new ArrayList<>();
        private VariantIndex<String> index;

        synchronized void add(String nameKey, String key) {
            if (index != null)
                index.add(nameKey, key);
            else
                pending.add(new String[] { nameKey, key });
        }

        synchronized List<String> near(String nameKey) {
            if (index == null) {
                index = new VariantIndex<>();
                pending.forEach(p -> index.add(p[0], p[1]));
                pending = null;
            }
            return index.near(nameKey);
        }
    }

    String zhKey(String group, String zh) {
        return group + ":zh:" + han.key(zh);
    }

    /** How many entities added at least one key. */
    public int size() {
        return size;
    }
}
