/**
 * What every response of the public port shares: problem+json errors (from controllers, from {@code /error} and from
 * Tomcat itself), security headers, read-only CORS, and the per-client request limits.
 */
package org.cstkg.serve.http;
