/**
 * Linked Data: entity IRIs dereferenced at {@code /id/...} with content negotiation (HTML, Turtle, JSON-LD,
 * N-Triples), the ontology at {@code /ontology} and a VoID description at {@code /.well-known/void}.
 */
package org.cstkg.linkeddata;
