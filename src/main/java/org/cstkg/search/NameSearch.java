package org.cstkg.search;

import java.util.List;

/** Finds resources by label in any script: {@link LabelSearch} over the Lucene index, or {@link LabelScan}. */
public interface NameSearch {

    /** A resource found, with its best score (higher is better; scales differ between implementations). */
    record Hit(String iri, double score) {}

    /**
     * @param text    what the user typed; must contain a letter or digit (else {@link IllegalArgumentException})
     * @param typeIri class IRI the hits must be instances of (directly or through rdfs:subClassOf), or null
     */
    List<Hit> find(String text, String typeIri, int limit, int offset);

    /** How matching is done, for the server to say: {@code "label index"} or {@code "substring scan"}. */
    String method();
}
