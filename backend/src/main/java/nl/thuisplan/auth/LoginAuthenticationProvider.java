package nl.thuisplan.auth;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;
import nl.thuisplan.common.DatabaseUnavailable;

/**
 * Plugs {@link LoginService} into Micronaut Security. The service is looked up lazily: the
 * security module instantiates authentication providers while it decides which beans to enable,
 * and an eager database dependency here would recurse into that decision.
 */
@Singleton
class LoginAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    private final BeanProvider<LoginService> login;

    LoginAuthenticationProvider(BeanProvider<LoginService> login) {
        this.login = login;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> credentials) {
        try {
            return login.get().authenticate(credentials);
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                // Micronaut turns any exception here into a plain failure ("wrong password");
                // name the outage so LoginFailureHandler answers 503 instead
                return AuthenticationResponse.failure(DatabaseUnavailable.CODE);
            }
            throw e;
        }
    }
}
