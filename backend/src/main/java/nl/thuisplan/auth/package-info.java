/**
 * Who the caller is: user accounts, roles, Argon2id password hashes, login with lock-out after
 * repeated failures, JWT access and refresh tokens, and the caller's scope (region,
 * municipality, province) that both authorization walls use.
 */
package nl.thuisplan.auth;
