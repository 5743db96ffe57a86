package nl.thuisplan.auth.totp;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import nl.thuisplan.common.ProblemException;

/**
 * An organisation that requires a second factor lets its people without one log in, but a token issued
 * to such a person carries {@link #CLAIM} and reaches only who-am-I, its own second factor and the
 * authentication endpoints (refresh, logout) until it has enrolled: 403
 * {@code SECOND_FACTOR_ENROLMENT_REQUIRED} for anything else. The claim is computed at every login and
 * refresh, so the refresh after enrolling lifts it; it cannot be added or dropped by the client (signed token).
 */
@ServerFilter("/api/**")
public class EnrolmentFirst implements Ordered {

    public static final String CLAIM = "secondFactorEnrolment";

    @RequestFilter
    void refuseUntilEnrolled(HttpRequest<?> request) {
        Authentication who = request.getUserPrincipal(Authentication.class).orElse(null);
        if (who == null || !Boolean.TRUE.equals(who.getAttributes().get(CLAIM)) || allowed(request)) {
            return;
        }
        throw new ProblemException(HttpStatus.FORBIDDEN, "SECOND_FACTOR_ENROLMENT_REQUIRED",
                "Uw organisatie vereist tweestapsverificatie. Stel die eerst in onder Account, Tweestapsverificatie.");
    }

    private static boolean allowed(HttpRequest<?> request) {
        String path = request.getPath();
        return path.startsWith("/api/v1/me/second-factor") || path.startsWith("/api/v1/auth/")
                || (path.equals("/api/v1/me") && request.getMethod() == HttpMethod.GET);
    }

    /** After the security filter, which puts the authentication on the request. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() + 1;
    }
}
