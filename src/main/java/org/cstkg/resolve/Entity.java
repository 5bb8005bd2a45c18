package org.cstkg.resolve;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.cstkg.rdf.EntityType;
import org.cstkg.gazetteer.GazetteerEntry;

/**
 * An entity of one report's graph with every name it was met under. Mutable while a report is read: the resolver adds
 * names as it meets new spellings.
 */
public final class Entity {

    private final String id;
    private EntityType type;
    private final GazetteerEntry entry;
    private final Set<String> koNames = new LinkedHashSet<>();
    private final Set<String> hanja = new LinkedHashSet<>();
    private String zh;
    private String en;
    private Entity same;

    Entity(String id, EntityType type, GazetteerEntry entry) {
        this.id = Objects.requireNonNull(id, "id");
        this.type = Objects.requireNonNull(type, "type");
        this.entry = entry;
    }

    /** Path of the entity's IRI under the resource namespace, e.g. {@code org/miit}. */
    public String id() {
        return id;
    }

    public EntityType type() {
        return type;
    }

    void type(EntityType t) {
        this.type = t;
    }

    /** The gazetteer entry, or null for an entity found by rules alone. */
    public GazetteerEntry entry() {
        return entry;
    }

    /** Korean names in the order first met; the first is the preferred one. */
    public Set<String> koNames() {
        return Collections.unmodifiableSet(koNames);
    }

    /** Chinese characters as written next to the Korean name (traditional or simplified). */
    public Set<String> hanja() {
        return Collections.unmodifiableSet(hanja);
    }

    /** Chinese name (simplified) derived by rules, or null; the gazetteer's name wins where there is one. */
    public String zh() {
        return entry != null && entry.zhHans() != null ? entry.zhHans() : zh;
    }

    public String en() {
        return entry != null && entry.en() != null ? entry.en() : en;
    }

    void addKo(String name) {
        if (name != null && !name.isBlank())
            koNames.add(name.strip());
    }

    void addHanja(String h) {
        if (h != null && !h.isBlank())
            hanja.add(h);
    }

    void zh(String z) {
        if (zh == null && z != null && !z.isBlank())
            zh = z;
    }

    void en(String e) {
        if (en == null && e != null && !e.isBlank())
            en = e;
    }

    /** The entity this one was found to be the same as (after {@link EntityResolver#merge}), or this one. */
    public Entity canonical() {
        Entity e = this;
        while (e.same != null)
            e = e.same;
        return e;
    }

    void mergeInto(Entity target) {
        Entity t = target.canonical();
        if (t == this)
            return;
        koNames.forEach(t::addKo);
        hanja.forEach(t::addHanja);
        t.zh(zh);
        t.en(en);
        same = t;
    }

    @Override
    public String toString() {
        return id + " " + type + " " + koNames;
    }
}
