/**
 * The one document model every source format reads into: a document (file, title, date, publisher, URL when known)
 * holds articles, and an article holds segments with character offsets into the document's text.
 */
package org.cstkg.document;
