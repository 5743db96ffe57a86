package nl.thuisplan.auth.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.RefreshTokenValidator;
import jakarta.inject.Singleton;
import java.util.List;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/**
 * Logout, a person's own sessions, and the beheerder's view of someone's sessions. Refresh tokens
 * are visible to the system scope only, so after the application's own check of who may ask, the
 * work runs with {@link Scope#SYSTEM}, limited by the queries to the one person concerned.
 */
@Singleton
public class SessionService {

    private final SessionTokenRepository tokens;
    private final SessionAudit audit;
    private final TenantTransactions tx;
    private final RefreshTokenValidator validator;
    private final SessionManagers managers;

    SessionService(SessionTokenRepository tokens, SessionAudit audit, TenantTransactions tx, RefreshTokenValidator validator,
                   SessionManagers managers) {
        this.managers = managers;
        this.tokens = tokens;
        this.audit = audit;
        this.tx = tx;
        this.validator = validator;
    }

    /**
     * Ends the session of the refresh token, if it is the caller's and still live; anything else
     * (unknown, someone else's, ended already) changes nothing and tells nothing.
     */
    void logout(Caller caller, String refreshToken) {
        tx.write(Scope.SYSTEM, () -> {
            // the stored hash is of the token's signed key, as Micronaut Security hands it to RefreshTokenPersistence
            var known = validator.validate(refreshToken).flatMap(key -> tokens.find(RefreshTokens.sha256(key))).orElse(null);
            Long self = tokens.userId(caller.username()).orElse(null);
            if (known != null && self != null && known.userId() == self && tokens.revokeFamily(known.familyId(), "LOGOUT") > 0) {
                audit.revoked(self, caller.username(), "SESSION_LOGOUT", known.familyId(), "Uitgelogd.");
            }
            return null;
        });
    }

    /**
     * Ends the session of a browser's refresh cookie ({@code DELETE /api/v1/auth/session}): holding the
     * cookie is what proves the session is the holder's, so no access token is needed (it may have expired).
     * The session id when the token was one of ours, revoked now or before; empty for anything else.
     */
    public java.util.Optional<String> endByRefreshToken(String refreshToken) {
        return tx.write(Scope.SYSTEM, () -> {
            var known = validator.validate(refreshToken).flatMap(key -> tokens.find(RefreshTokens.sha256(key))).orElse(null);
            if (known == null) {
                return java.util.Optional.<String>empty();
            }
            if (tokens.revokeFamily(known.familyId(), "LOGOUT") > 0) {
                audit.revoked(known.userId(), tokens.username(known.userId()).orElse(SessionAudit.SYSTEM_ACTOR), "SESSION_LOGOUT",
                        known.familyId(), "Uitgelogd.");
            }
            return java.util.Optional.of(known.familyId());
        });
    }

    List<SessionView> mine(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Object current = authentication.getAttributes().get(RefreshTokens.SESSION_ID);
        return tx.read(Scope.SYSTEM, () -> tokens.userId(caller.username())
                .map(self -> list(self, current == null ? null : current.toString()))
                .orElse(List.of()));
    }

    /** Ends every session of the caller, this one included: after a lost laptop, nothing stays signed in. */
    void revokeMine(Caller caller) {
        tx.write(Scope.SYSTEM, () -> {
            tokens.userId(caller.username()).ifPresent(self -> revokeAll(self, caller, "REVOKED_BY_SELF"));
            return null;
        });
    }

    List<SessionView> ofPerson(Caller caller, long userId) {
        managers.requireMayManage(caller, userId);
        return tx.read(Scope.SYSTEM, () -> list(existing(userId), null));
    }

    void revokeAllOfPerson(Caller caller, long userId) {
        managers.requireMayManage(caller, userId);
        tx.write(Scope.SYSTEM, () -> {
            revokeAll(existing(userId), caller, "REVOKED_BY_ADMIN");
            return null;
        });
    }

    private List<SessionView> list(long userId, @Nullable String currentSession) {
        return tokens.live(userId).stream().map(f -> SessionView.of(f, currentSession)).toList();
    }

    /** Revokes and records; a person with no live session leaves no event (repeating the call changes nothing). */
    private void revokeAll(long userId, Caller caller, String reason) {
        int live = tokens.live(userId).size();
        tokens.revokeAllTokens(userId, reason);
        if (live > 0) {
            audit.revoked(userId, caller.username(), "SESSIONS_REVOKED", String.valueOf(live),
                    live == 1 ? "1 sessie beëindigd." : live + " sessies beëindigd.");
        }
    }

    private long existing(long userId) {
        return tokens.person(userId).orElseThrow(() -> ProblemException.notFound("Persoon"));
    }
}
