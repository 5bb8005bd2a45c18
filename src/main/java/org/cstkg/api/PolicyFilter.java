package org.cstkg.api;

import java.util.List;

/**
 * Which policies a request asks for; null means "any".
 *
 * @param issuers  IRIs of the bodies one of which must be a named issuer (an empty list matches nothing)
 * @param leadOnly only policies where one of {@code issuers} is the lead issuer
 * @param from     first year (issue date, else issued year), inclusive
 * @param to       last year, inclusive
 * @param types    document type concepts (the one asked for and those narrower than it)
 * @param levels   level concepts
 */
record PolicyFilter(List<String> issuers, boolean leadOnly, Integer from, Integer to, List<String> types,
        List<String> levels) {}
