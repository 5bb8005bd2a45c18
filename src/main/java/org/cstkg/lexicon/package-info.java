/**
 * Word lists, cue words and line patterns kept as data in {@code data/lexicon/}: loaded once, checked on load, with
 * errors that name the file and the line.
 */
package org.cstkg.lexicon;
