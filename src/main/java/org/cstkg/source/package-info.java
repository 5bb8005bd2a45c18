/**
 * Source formats: each says whether it accepts some bytes and parses them into a {@link org.cstkg.document.Document}.
 * {@link org.cstkg.source.SourceReader} is the front door; formats live one per sub-package.
 */
package org.cstkg.source;
