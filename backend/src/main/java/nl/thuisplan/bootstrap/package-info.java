/**
 * Everything settled before the application context starts: where the data lives, which
 * PostgreSQL is used (an embedded one by default, or the server named in the environment),
 * the database roles, and the secrets.
 */
package nl.thuisplan.bootstrap;
