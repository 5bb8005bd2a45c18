package org.cstkg.extract;

import java.util.Objects;

import org.cstkg.resolve.Entity;

/**
 * A relation between two entities, or a literal value of one entity, read from one segment.
 *
 * @param predicate the ontology property's local name ({@code issuedBy}, {@code issuedYear} …)
 * @param object    the object entity, or null for a literal fact
 * @param value     the literal value (Integer year, Integer count, String role …), or null for a relation
 * @param rule      the rule that produced it
 */
public record Fact(Entity subject, String predicate, Entity object, Object value, int segment, String rule) {

    public Fact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        if ((object == null) == (value == null))
            throw new IllegalArgumentException(predicate + ": exactly one of object and value");
    }

    static Fact relation(Entity s, String p, Entity o, int segment, String rule) {
        return new Fact(s, p, o, null, segment, rule);
    }

    static Fact literal(Entity s, String p, Object v, int segment, String rule) {
        return new Fact(s, p, null, v, segment, rule);
    }
}
