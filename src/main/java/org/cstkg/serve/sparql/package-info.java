/**
 * The public SPARQL endpoint {@code /sparql}: a read-only proxy to the embedded Fuseki that checks each query first
 * (syntax, SERVICE allow-list, size, result cap) and hands a client only complete answers or a problem+json error.
 */
package org.cstkg.serve.sparql;
