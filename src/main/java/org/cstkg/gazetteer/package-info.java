/**
 * The curated reference gazetteer of Chinese S&amp;T entities ({@code data/gazetteer/*.tsv}): names in Korean, Chinese
 * and English, abbreviations, hierarchy and place, loaded and checked by {@link org.cstkg.gazetteer.Gazetteer}.
 */
package org.cstkg.gazetteer;
