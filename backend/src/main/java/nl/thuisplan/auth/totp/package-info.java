/**
 * The second factor of local accounts: TOTP codes (RFC 6238: 30 s, 6 digits, SHA-1, as authenticator apps
 * expect) with one-off recovery codes, the person's own enrolment ({@code /api/v1/me/second-factor}), the
 * check at password login, and the organisation's login policy (second factor required, local login
 * allowed). Secrets are stored encrypted ({@link SecretBox}) and never shown again after enrolment.
 */
package nl.thuisplan.auth.totp;
