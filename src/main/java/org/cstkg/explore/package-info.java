/**
 * The graph explorer at {@code /explore}: a static single page ({@code static/explore/}) that reads the JSON API of the
 * same server; {@code /} leads to it.
 */
package org.cstkg.explore;
