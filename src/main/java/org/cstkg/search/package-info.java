/**
 * Label search across scripts: the jena-text index kept beside the TDB2 store and the queries that use it.
 */
package org.cstkg.search;
