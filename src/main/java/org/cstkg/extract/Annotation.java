package org.cstkg.extract;

/**
 * What the stages of an extraction add to a document, in the manner of CoreNLP's annotation keys: a stage declares the
 * annotations it needs and those it provides, and {@link Extractor.Builder#build()} checks the order.
 */
public enum Annotation {
    /** Each segment's text, normalised once ({@link SegmentText}). */
    TEXT,
    /** Korean words the document glosses with Hanja anywhere ({@code 평칭(鹏城)}). */
    GLOSSES,
    /** Spans naming something, per segment, overlaps settled. */
    MENTIONS,
    /** Later mentions of names met earlier in the document, spelled the same or one syllable apart. */
    ALIASES,
    /** One entity per real thing; each article's mentions with the entity they name. */
    ENTITIES,
    /** Relations and literal facts, each with the segment that states it. */
    FACTS,
    /** The document's publisher as an entity, where it is one. */
    PUBLISHER
}
