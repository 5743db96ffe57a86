package nl.thuisplan.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.event.RefreshTokenGeneratedEvent;
import io.micronaut.security.token.refresh.RefreshTokenPersistence;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import org.reactivestreams.Publisher;

/**
 * Keeps issued refresh tokens (only their SHA-256, never the token) so they can expire and be
 * revoked. Each token remembers the membership it was issued for; a refresh recomputes the caller
 * for that membership ({@link ActiveMemberships#authenticationFor}), so a deactivated person, an
 * ended membership or a changed scope takes effect at the next refresh.
 */
@Singleton
class RefreshTokenStore implements RefreshTokenPersistence {

    private final RefreshTokenRepository tokens;
    private final TenantTransactions tx;
    private final ActiveMemberships memberships;
    private final int lifetimeHours;

    RefreshTokenStore(RefreshTokenRepository tokens, TenantTransactions tx, ActiveMemberships memberships,
                      @Value("${thuisplan.login.refresh-hours:12}") int lifetimeHours) {
        this.tokens = tokens;
        this.tx = tx;
        this.memberships = memberships;
        this.lifetimeHours = lifetimeHours;
    }

    @Override
    public void persistToken(RefreshTokenGeneratedEvent event) {
        String username = event.getAuthentication().getName();
        Object membership = event.getAuthentication().getAttributes().get("membershipId");
        Long membershipId = membership == null ? null : Long.valueOf(membership.toString());
        Instant expires = Instant.now().plus(lifetimeHours, ChronoUnit.HOURS);
        tx.write(Scope.SYSTEM, () -> {
            // the token keeps the membership it was issued for: a refresh never switches membership
            tokens.store(sha256(event.getRefreshToken()), expires, username, membershipId);
            return null;
        });
    }

    @Override
    public Publisher<Authentication> getAuthentication(String refreshToken) {
        List<RefreshTokenRepository.Holder> holders = tx.read(Scope.SYSTEM, () -> tokens.validHolder(sha256(refreshToken)));
        // the membership the token was issued for, recomputed: a deactivated person or an ended membership gets nothing
        Optional<Authentication> authentication = holders.stream().findFirst()
                .filter(h -> h.membershipId() != null)
                .flatMap(h -> memberships.authenticationFor(h.userId(), h.membershipId()));
        if (authentication.isEmpty()) {
            return Publishers.just(new ProblemException(HttpStatus.UNAUTHORIZED, "REFRESH_TOKEN_INVALID",
                    "De sessie is verlopen. Log opnieuw in."));
        }
        return Publishers.just(authentication.get());
    }

    static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
