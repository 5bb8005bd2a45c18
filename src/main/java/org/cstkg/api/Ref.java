package org.cstkg.api;

/**
 * A reference to a resource in a JSON answer.
 *
 * @param id    the id to use in {@code /api/entities/{id}} and {@code /id/{id}}, or null outside the cstkg namespace
 * @param iri   the full IRI
 * @param label the display label (see {@link Labels#PREFERENCE}), or null when the resource has none
 */
public record Ref(String id, String iri, String label) {

    public static Ref of(String iri, String label) {
        return new Ref(Ids.id(iri), iri, label);
    }
}
