/**
 * Reading weekly digests: a report's text (plain or from PDF) split into articles, leads, bullets, tables and references.
 */
package org.cstkg.report;
