/**
 * Passwords: the policy (length, a list of common and leaked passwords), changing one's own
 * password, the reset by e-mail link, and setting a password through any single-use link.
 * Where the password hash, a person's e-mail address and the sessions are stored is kept behind
 * {@link nl.thuisplan.auth.password.PasswordStore}, {@link nl.thuisplan.auth.password.Persons} and
 * {@link nl.thuisplan.auth.password.Sessions}, each one small repository.
 */
package nl.thuisplan.auth.password;
