package org.cstkg.source;

import java.time.LocalDate;

/**
 * What the user tells the reader beyond the bytes.
 *
 * @param date the document date to use when the text states none (never overrides a stated one), or null
 */
public record ReadOptions(LocalDate date) {
    public static final ReadOptions NONE = new ReadOptions(null);
}
