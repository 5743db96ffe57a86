/**
 * The browser's session: tokens in HttpOnly, SameSite cookies held by the backend (backend for frontend),
 * CSRF protection for state-changing requests made with those cookies, and the Content-Security-Policy of
 * every answer. API clients of other systems keep using bearer tokens ({@code nl.thuisplan.auth.session}).
 */
package nl.thuisplan.auth.browser;
