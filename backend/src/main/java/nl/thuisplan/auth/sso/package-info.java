/**
 * Login through an organisation's own identity provider (OpenID Connect, authorization code with PKCE,
 * state and nonce, by Micronaut Security's OAuth 2.0 support). The operator configures the providers
 * ({@link SsoSettings}); a person is linked to the provider's (issuer, subject) on the first login
 * ({@link SsoIdentities}), what the person may do still comes only from Thuisplan's memberships, and the
 * callback ends in the browser's cookie session ({@code nl.thuisplan.auth.browser.BrowserSessions}).
 * {@link SsoLogout} gives the provider's end-session address for a session that started here.
 * docs/api/sso.md describes the configuration, the mapping rules and the error codes.
 */
package nl.thuisplan.auth.sso;
