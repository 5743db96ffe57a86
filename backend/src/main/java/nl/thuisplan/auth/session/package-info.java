/**
 * Sessions: one login is one family of refresh tokens. Every refresh replaces the token by a new one
 * of the same family; a replaced token presented again revokes the family (reuse detection).
 * Logout, the person's own "end all sessions" and the beheerder's list with "revoke all" live here,
 * each revocation an audit event. Only SHA-256 hashes of tokens are stored.
 */
package nl.thuisplan.auth.session;
