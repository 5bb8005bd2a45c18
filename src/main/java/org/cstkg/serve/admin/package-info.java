/**
 * Live updates of a running server: {@code POST /admin/documents} adds (or replaces) a document,
 * {@code DELETE /admin/documents/{id}} removes one. Off unless an admin credential (a password hash) is configured;
 * loopback clients only unless allowed otherwise; every attempt is written to the audit log ({@code cstkg.audit}).
 */
package org.cstkg.serve.admin;
