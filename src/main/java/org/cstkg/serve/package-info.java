/**
 * {@code cstkg serve}: one process, one public port. Spring Boot answers every request; Fuseki runs on an internal
 * loopback port and {@code /sparql} is proxied to it. See docs/serving.md.
 */
package org.cstkg.serve;
