/**
 * The {@code cstkg} command line: ingest, extract, validate, query and serve. Errors are one line naming the input
 * and the reason, with a non-zero exit.
 */
package org.cstkg.cli;
