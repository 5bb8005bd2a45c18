package org.cstkg.extract;

import java.util.Objects;

import org.cstkg.resolve.Entity;

/**
 * A relation between two entities, or a literal value of one entity, with what it rests on: the sentence that states
 * it (both ends named there), that sentence with an earlier one that names an end it leaves implied ({@code 초대
 * 국장은 리우례훙}: the bureau the article named before), or reference data (the gazetteer) and no sentence at all.
 *
 * @param predicate the ontology property's local name ({@code issuedBy}, {@code issuedYear} …)
 * @param object    the object entity, or null for a literal fact
 * @param value     the literal value (Integer year, Integer count, String role …), or null for a relation
 * @param segment   the sentence that states it, or -1 for a reference fact
 * @param context   an earlier sentence of the article that names an end the stating sentence implies, or -1
 * @param reference the reference data it comes from (a gazetteer file), or null for a fact read from the text
 * @param rule      the rule that produced it
 */
public record Fact(Entity subject, String predicate, Entity object, Object value, int segment, int context,
        String reference, String rule) {

    public Fact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        if ((object == null) == (value == null))
            throw new IllegalArgumentException(predicate + ": exactly one of object and value");
        if ((reference == null) == (segment < 0))
            throw new IllegalArgumentException(predicate + ": a fact rests on a sentence or on reference data");
    }

    /** What a fact rests on. */
    public enum Basis { SENTENCE, SENTENCE_WITH_CONTEXT, REFERENCE }

    public Basis basis() {
        return reference != null ? Basis.REFERENCE : context >= 0 ? Basis.SENTENCE_WITH_CONTEXT : Basis.SENTENCE;
    }

    static Fact relation(Entity s, String p, Entity o, int segment, String rule) {
        return new Fact(s, p, o, null, segment, -1, null, rule);
    }

    static Fact relation(Entity s, String p, Entity o, int segment, int context, String rule) {
        return new Fact(s, p, o, null, segment, context, null, rule);
    }

    static Fact literal(Entity s, String p, Object v, int segment, String rule) {
        return new Fact(s, p, null, v, segment, -1, null, rule);
    }

    /** A background fact of reference data, true whatever the article says, shown as such. */
    static Fact reference(Entity s, String p, Entity o, String reference, String rule) {
        return new Fact(s, p, o, null, -1, -1, reference, rule);
    }
}
