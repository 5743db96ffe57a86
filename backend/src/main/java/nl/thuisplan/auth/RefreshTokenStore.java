package nl.thuisplan.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.event.RefreshTokenGeneratedEvent;
import io.micronaut.security.token.refresh.RefreshTokenPersistence;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.thuisplan.auth.session.RefreshTokens;
import nl.thuisplan.auth.session.RefreshTokens.Presented;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import org.reactivestreams.Publisher;

/**
 * Micronaut Security's store of refresh tokens, on {@link RefreshTokens} (rotation and reuse
 * detection). Each token remembers the membership it was issued for; a refresh recomputes the caller
 * for that membership ({@link ActiveMemberships#authenticationFor}), so a deactivated person, an ended
 * membership or a changed scope takes effect at the next refresh.
 */
@Singleton
class RefreshTokenStore implements RefreshTokenPersistence {

    private final RefreshTokens tokens;
    private final TenantTransactions tx;
    private final ActiveMemberships memberships;
    private final int lifetimeHours;

    RefreshTokenStore(RefreshTokens tokens, TenantTransactions tx, ActiveMemberships memberships,
                      @Value("${thuisplan.login.refresh-hours:12}") int lifetimeHours) {
        this.tokens = tokens;
        this.tx = tx;
        this.memberships = memberships;
        this.lifetimeHours = lifetimeHours;
    }

    /**
     * A login starts a session of {@code thuisplan.login.refresh-hours}; a refresh's new token keeps its
     * session's end. The event carries the token's key (its signed payload), not the token itself.
     */
    @Override
    public void persistToken(RefreshTokenGeneratedEvent event) {
        tokens.issue(event.getRefreshToken(), event.getAuthentication(), Instant.now().plus(lifetimeHours, ChronoUnit.HOURS));
    }

    /**
     * Accepts the token once (it is replaced by the token the login handler issues next) and names the
     * session in the authentication. Accepting and building the authentication share one transaction:
     * if the person may no longer have one, the token stays as it was.
     */
    @Override
    public Publisher<Authentication> getAuthentication(String refreshKey) {
        try {
            Outcome outcome = tx.write(Scope.SYSTEM, () -> {
                Presented presented = tokens.present(refreshKey);
                if (presented instanceof Presented.Accepted accepted) {
                    Authentication authentication = authenticationFor(accepted);
                    if (authentication == null) {
                        throw RefreshTokens.invalid(); // rolls the acceptance back
                    }
                    return new Outcome(presented, RefreshTokens.inSession(authentication, accepted.sessionId()));
                }
                return new Outcome(presented, null);
            });
            if (outcome.authentication() != null) {
                return Publishers.just(outcome.authentication());
            }
            return Publishers.just(outcome.presented() instanceof Presented.Reused ? RefreshTokens.reused() : RefreshTokens.invalid());
        } catch (ProblemException e) {
            return Publishers.just(e);
        }
    }

    /** The one place a refresh turns a token's holder into an authentication; none when the person may not have one. */
    private @Nullable Authentication authenticationFor(Presented.Accepted accepted) {
        // tokens older than memberships (V11 filled them in) always have one; a missing one gets nothing
        if (accepted.membershipId() == null) {
            return null;
        }
        return memberships.authenticationFor(accepted.userId(), accepted.membershipId()).orElse(null);
    }

    /** What the token was, and for an accepted one the authentication built for it. */
    private record Outcome(Presented presented, @Nullable Authentication authentication) {
    }
}
