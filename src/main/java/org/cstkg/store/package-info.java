/**
 * The TDB2 store: one named graph per article, replaced whole on re-ingest, all writes in one transaction per report.
 */
package org.cstkg.store;
