/**
 * Spans of text that name something ({@link org.cstkg.span.Mention}) and the keys that tell when two spellings name
 * the same thing: shared by the extractor that finds spans and the resolver that turns them into entities.
 */
package org.cstkg.span;
