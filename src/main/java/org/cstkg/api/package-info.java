/**
 * The JSON API under {@code /api} (OpenAPI at {@code /api/docs}): entity search and description, policies, articles,
 * reports, timeline and statistics. Every query binds its parameters; errors are RFC 9457 problem details.
 */
package org.cstkg.api;
