package org.cstkg.extract;

/**
 * A family of relation rules over one sentence (segment) of an article: it reads the sentence's mentions and the words
 * between them and pushes facts into a sink. A fact read from a sentence names two entities that sentence mentions.
 */
public interface RelationRule {

    /** Short name, recorded with each fact as {@code cst:extractedBy}. */
    String name();

    void apply(Sentence sentence, FactSink sink);

    /** Where relation rules put what they read; facts already stated are ignored. */
    interface FactSink {
        void relation(org.cstkg.resolve.Entity subject, String predicate, org.cstkg.resolve.Entity object, String rule);

        void role(Role role);
    }
}
