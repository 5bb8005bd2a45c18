/**
 * From files to graphs: read, extract, map to RDF, check against the shapes, and store one report per transaction.
 */
package org.cstkg.pipeline;
