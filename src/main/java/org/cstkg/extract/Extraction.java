package org.cstkg.extract;

import java.util.Collection;
import java.util.List;

import org.cstkg.document.Document;
import org.cstkg.resolve.Entity;

/**
 * Everything read from one report: its publisher (null if not named), per-article units and the entities they share.
 */
public record Extraction(Document report, Entity publisher, Unit summary, List<Unit> units, Collection<Entity> entities) {
    public Extraction {
        units = List.copyOf(units);
        entities = List.copyOf(entities);
    }
}
