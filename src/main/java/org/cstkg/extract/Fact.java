package org.cstkg.extract;

import java.util.Objects;

import org.cstkg.resolve.Entity;

/**
 * A relation between two entities, or a literal value of one entity, with what it rests on: the sentence that states
 * it (both ends named there), that sentence with an earlier one that names an end it leaves implied ({@code 초대
 * 국장은 리우례훙}: the bureau the article named before), or reference data (the gazetteer) and no sentence at all.
 *
 * <p>A fact may also rest on a reference line of the article: the cited Chinese title of a notice
 * ({@code 工业和信息化部等十部门关于印发《…》的通知}) states its issuers, its type and its period.
 *
 * @param predicate the ontology property's local name ({@code issuedBy}, {@code issuedYear} …)
 * @param object    the object entity, or null for a value
 * @param value     the value (Integer year, Integer count, String text, {@link java.net.URI} for a resource such as
 *                  a concept …), or null for a relation
 * @param segment   the sentence that states it, or -1 for a reference or citation fact
 * @param context   an earlier sentence of the article that names an end the stating sentence implies, or -1
 * @param reference the reference data it comes from (a gazetteer file), or null for a fact read from the text
 * @param citation  the number (1, 2 …) of the article's reference line whose cited title states it, or 0
 * @param rule      the rule that produced it
 */
public record Fact(Entity subject, String predicate, Entity object, Object value, int segment, int context,
        String reference, int citation, String rule) {

    public Fact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        if ((object == null) == (value == null))
            throw new IllegalArgumentException(predicate + ": exactly one of object and value");
        int grounds = (segment >= 0 ? 1 : 0) + (reference != null ? 1 : 0) + (citation > 0 ? 1 : 0);
        if (grounds != 1)
            throw new IllegalArgumentException(predicate + ": a fact rests on one sentence, citation or reference data");
    }

    public Fact(Entity subject, String predicate, Entity object, Object value, int segment, int context,
            String reference, String rule) {
        this(subject, predicate, object, value, segment, context, reference, 0, rule);
    }

    /** What a fact rests on. */
    public enum Basis { SENTENCE, SENTENCE_WITH_CONTEXT, CITATION, REFERENCE }

    public Basis basis() {
        return reference != null ? Basis.REFERENCE : citation > 0 ? Basis.CITATION
                : context >= 0 ? Basis.SENTENCE_WITH_CONTEXT : Basis.SENTENCE;
    }

    /** A relation or value the cited title of the article's reference line {@code citation} states. */
    static Fact cited(Entity s, String p, Entity o, Object v, int citation, String rule) {
        return new Fact(s, p, o, v, -1, -1, null, citation, rule);
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
