/**
 * Single-use links sent by e-mail (invitation, password reset, first platform beheerder): only the
 * SHA-256 of a 256-bit token is stored, a link expires, is bound to the address it was sent to and
 * is used or revoked once. Every way a link can fail answers the one code {@code LINK_INVALID}
 * (410), so nobody can probe whether a link existed, was used or ran out.
 */
package nl.thuisplan.auth.link;
