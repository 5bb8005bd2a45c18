/**
 * The cstkg vocabulary in code: {@link org.cstkg.rdf.CST} constants for the terms of {@code ontology/cstkg.ttl},
 * and {@link org.cstkg.rdf.Ontology} to load that ontology and its SHACL shapes from the classpath.
 */
package org.cstkg.rdf;
