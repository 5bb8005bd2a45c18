/**
 * One IRI per real entity: mentions with the same gazetteer entry, Chinese name or normalised Korean name, or a
 * one-syllable spelling variant of a long name, meet in one {@link org.cstkg.resolve.Entity}.
 */
package org.cstkg.resolve;
