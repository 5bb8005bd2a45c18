/**
 * The curated reference gazetteer of Chinese S&T entities ({@code data/gazetteer/*.tsv}) and its loader.
 */
package org.cstkg.gazetteer;
