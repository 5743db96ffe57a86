package nl.thuisplan.auth.sso;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Micronaut answers some failed callbacks itself: a bare 401 when the ID token does not validate (wrong
 * signature, audience, issuer or nonce), an error when the provider's token endpoint refuses the code or
 * cannot be reached. A browser that lands there sees nothing useful, so every such answer on the callback
 * becomes the same redirect to the login page with {@link SsoCode#SSO_FAILED}. No cookie is set on it.
 */
@ServerFilter(TokenClaimsValidator.CALLBACK_PREFIX + "**")
class SsoCallbackFailures {

    @ResponseFilter
    MutableHttpResponse<?> onCallback(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getStatus().getCode() >= HttpStatus.BAD_REQUEST.getCode()) {
            return SsoLoginHandler.failed(SsoCode.SSO_FAILED);
        }
        return response;
    }
}
