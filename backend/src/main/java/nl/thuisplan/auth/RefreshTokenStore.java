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
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import org.reactivestreams.Publisher;

/**
 * Keeps issued refresh tokens (only their SHA-256, never the token) so they can expire and be
 * revoked. A refresh recomputes the caller from the database, so a disabled account or a changed
 * scope takes effect at the next refresh.
 */
@Singleton
class RefreshTokenStore implements RefreshTokenPersistence {

    private final RefreshTokenRepository tokens;
    private final TenantTransactions tx;
    private final UserAccountRepository users;
    private final CallerFactory callers;
    private final int lifetimeHours;

    RefreshTokenStore(RefreshTokenRepository tokens, TenantTransactions tx, UserAccountRepository users, CallerFactory callers,
                      @Value("${thuisplan.login.refresh-hours:12}") int lifetimeHours) {
        this.tokens = tokens;
        this.tx = tx;
        this.users = users;
        this.callers = callers;
        this.lifetimeHours = lifetimeHours;
    }

    @Override
    public void persistToken(RefreshTokenGeneratedEvent event) {
        String username = event.getAuthentication().getName();
        Instant expires = Instant.now().plus(lifetimeHours, ChronoUnit.HOURS);
        tx.write(Scope.SYSTEM, () -> {
            tokens.store(sha256(event.getRefreshToken()), expires, username);
            return null;
        });
    }

    @Override
    public Publisher<Authentication> getAuthentication(String refreshToken) {
        List<Long> userIds = tx.read(Scope.SYSTEM, () -> tokens.validUser(sha256(refreshToken)));
        var user = userIds.isEmpty() ? null
                : tx.read(Scope.SYSTEM, () -> users.findById(userIds.get(0))).filter(UserAccount::active).orElse(null);
        if (user == null) {
            return Publishers.just(new ProblemException(HttpStatus.UNAUTHORIZED, "REFRESH_TOKEN_INVALID",
                    "De sessie is verlopen. Log opnieuw in."));
        }
        Caller caller = callers.callerFor(user);
        return Publishers.just(Authentication.build(user.username(), List.of(user.role().name()), caller.attributes()));
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
