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
        /** A relation the sentence states, both ends named in it. */
        void relation(org.cstkg.resolve.Entity subject, String predicate, org.cstkg.resolve.Entity object, String rule);

        /**
         * A relation the sentence states with one end left implied, named in an earlier sentence ({@code recalled}):
         * {@code 올해 포럼은 A가 주최하고}.
         */
        void relation(org.cstkg.resolve.Entity subject, String predicate, org.cstkg.resolve.Entity object, String rule,
                Sentence.Recalled recalled);

        void role(Role role);
    }
}
