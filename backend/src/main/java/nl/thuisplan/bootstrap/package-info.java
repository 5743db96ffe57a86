/**
 * Everything settled before the application context starts: where the data lives, which
 * PostgreSQL is used (an embedded one by default, or the server named in the environment),
 * the database roles, the secrets, and the schema's migrations (run at start, by the
 * {@code migrate} command, or only checked by an instance that holds the application role).
 */
package nl.thuisplan.bootstrap;
