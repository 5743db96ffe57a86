package nl.thuisplan.auth;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import nl.thuisplan.common.DatabaseUnavailable;

/**
 * Plugs {@link LoginService} into Micronaut Security. The service is looked up lazily: the
 * security module instantiates authentication providers while it decides which beans to enable,
 * and an eager database dependency here would recurse into that decision.
 */
@Singleton
class LoginAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    private final BeanProvider<LoginService> login;
    private final String addressHeader;

    /**
     * {@code thuisplan.login.client-address-header}: the header the operator's own proxy writes the
     * client address in (e.g. {@code X-Real-IP}), set only behind such a proxy. Micronaut's default
     * resolver is not used because it believes a {@code Forwarded} or {@code X-Forwarded-For} header
     * from anyone, which would let a guesser pick a new address for every attempt.
     */
    LoginAuthenticationProvider(BeanProvider<LoginService> login,
                                @Value("${thuisplan.login.client-address-header:}") String addressHeader) {
        this.login = login;
        this.addressHeader = addressHeader.trim();
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> credentials) {
        try {
            return login.get().authenticate(credentials, request == null ? "unknown" : clientAddress(request));
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                // Micronaut turns any exception here into a plain failure ("wrong password");
                // name the outage so LoginFailureHandler answers 503 instead
                return AuthenticationResponse.failure(DatabaseUnavailable.CODE);
            }
            throw e;
        }
    }

    private String clientAddress(HttpRequest<?> request) {
        if (!addressHeader.isEmpty()) {
            String forwarded = request.getHeaders().get(addressHeader);
            if (forwarded != null && !forwarded.isBlank()) {
                String first = forwarded.split(",", 2)[0].trim();
                return first.length() > 100 ? first.substring(0, 100) : first;
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }
}
