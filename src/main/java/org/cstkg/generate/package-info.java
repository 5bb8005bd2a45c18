/**
 * Synthetic corpora for load and scale tests ({@code ./cstkg generate}): digests and news stories made from the
 * gazetteer, composed names it does not know, and the sentence templates of {@code data/generate/}. Never for claims
 * about extraction quality: the text is made up and its facts are not facts.
 */
package org.cstkg.generate;
