/**
 * Finding entities and relations in report segments: a gazetteer matcher, general pattern rules for names the gazetteer
 * does not know, and relation rules over the mentions of one segment. Nothing here touches RDF.
 */
package org.cstkg.extract;
