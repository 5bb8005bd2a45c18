/**
 * External identifiers: the link table ({@code data/links/links.tsv}) with each link's source and status, and its
 * offline verification against dumps the user supplies (Wikidata JSON, ROR).
 */
package org.cstkg.link;
