package org.cstkg.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cstkg.rdf.EntityType;
import org.cstkg.resolve.EntityResolver.Known;
import org.cstkg.span.NameKey;

/**
 * One IRI per thing across the documents of a batch. Each document is extracted on its own (so documents can be
 * extracted in parallel); then, in the batch's order, {@link #settle} gives a document's new entities the IRIs of the
 * same things in earlier documents, found by the keys the resolver uses (the Chinese name, the Korean name key, a
 * transcription variant of a long name). The result depends on the order of the documents, never on how many threads
 * read them or which finished first.
 */
public final class BatchIdentity {

    private final KnownIndex earlier = KnownIndex.of(List.of());

    /**
     * Settles one document's entities against the documents settled before it, then records them for the ones
     * after it. Entities of the gazetteer are left alone (their IRI is the gazetteer's).
     *
     * @param entities the document's entities (its extraction's), changed in place: a renamed one answers the earlier
     *                 document's entity as its {@link Entity#canonical()}
     */
    public void settle(Collection<Entity> entities) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (Entity e : entities)
            byId.putIfAbsent(e.canonical().id(), e.canonical());
        for (Entity e : new ArrayList<>(byId.values())) {
            if (e.entry() != null || e.canonical() != e)
                continue;
            Known k = find(e);
            if (k == null || k.id().equals(e.id()))
                continue;
            Entity target = byId.computeIfAbsent(k.id(), id -> new Entity(id, k.type(), null)).canonical();
            e.mergeInto(target);
        }
        for (Entity e : byId.values())
            if (e.entry() == null && e.canonical() == e)
                earlier.add(new Known(e.id(), e.type(), e.koNames(), e.zh()));
    }

    private Known find(Entity e) {
        String group = EntityResolver.group(e.type());
        if (e.zh() != null) {
            Known k = earlier.get(earlier.zhKey(group, e.zh()));
            if (k != null)
                return k;
        }
        for (String n : e.koNames()) {
            Known k = earlier.get(group + ":" + key(e.type(), n));
            if (k != null)
                return k;
        }
        for (String n : e.koNames()) {
            String key = key(e.type(), n);
            if (syllables(key) < 5)
                continue;
            Known k = earlier.near(group, key);
            if (k != null)
                return k;
        }
        return null;
    }

    private static String key(EntityType t, String name) {
        return t == EntityType.Person ? NameKey.ofPerson(name) : NameKey.of(name);
    }

    private static int syllables(String s) {
        return (int) s.chars().filter(c -> c >= '가' && c <= '힣').count();
    }
}
