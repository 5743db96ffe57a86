package nl.thuisplan.auth.sso;

import java.util.Arrays;

/**
 * Why an SSO login did not end in a session: the stable code the callback sends the browser to
 * {@code /login?sso=<code>} with, which the login page turns into a Dutch message (docs/api/sso.md).
 */
enum SsoCode {
    /** A person was made just in time (or waits already): a beheerder must grant a membership first. */
    SSO_AWAITING_APPROVAL,
    /** No linked or invited person, and the e-mail domain is not approved for this provider. */
    SSO_UNKNOWN_PERSON,
    /** The person was deactivated in Thuisplan. */
    SSO_DEACTIVATED,
    /** The provider says the e-mail address is not verified, so it links nobody. */
    SSO_EMAIL_NOT_VERIFIED,
    /** The token's issuer is not a configured provider, or not this provider's. */
    SSO_UNKNOWN_ISSUER,
    /** Anything else: state, nonce, signature, audience, the provider's own error or an unreachable provider. */
    SSO_FAILED;

    /** The code a failure message names, else {@link #SSO_FAILED} (Micronaut's own messages are not codes). */
    static SsoCode of(String message) {
        return Arrays.stream(values()).filter(c -> c.name().equals(message)).findFirst().orElse(SSO_FAILED);
    }
}
