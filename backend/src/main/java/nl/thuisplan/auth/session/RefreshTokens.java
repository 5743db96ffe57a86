package nl.thuisplan.auth.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/**
 * Issues and accepts refresh tokens with rotation and reuse detection. Micronaut Security hands the
 * persistence a token's key (the random payload the signed token carries, after checking the
 * signature), and only the key's SHA-256 is stored. The session a token belongs to travels as the authentication attribute {@link #SESSION_ID}
 * (also a claim of the access token, so a client's own session can be recognised); the browser
 * travels as {@link #USER_AGENT} only from {@link SessionLoginHandler} to {@link #issue}.
 */
@Singleton
public class RefreshTokens {

    /** The session (token family) of an authentication and of the access tokens issued for it. */
    public static final String SESSION_ID = "sid";
    /** The browser that logged in; never put into an access token. */
    static final String USER_AGENT = "sessionUserAgent";
    /** The membership an authentication acts in (the access token's claim, see {@code Caller}). */
    static final String MEMBERSHIP_ID = "membershipId";

    /** What a presented refresh token turned out to be. */
    public sealed interface Presented {
        /** Live: it is now replaced, and its session continues with the token issued next. */
        record Accepted(long userId, String sessionId, @Nullable Long membershipId) implements Presented {
        }

        /** Replaced before: a copy is in other hands, so its whole session has been revoked. */
        record Reused() implements Presented {
        }

        /** Unknown, expired, revoked, or of a deactivated person. */
        record Invalid() implements Presented {
        }
    }

    private final SessionTokenRepository tokens;
    private final SessionAudit audit;
    private final TenantTransactions tx;

    RefreshTokens(SessionTokenRepository tokens, SessionAudit audit, TenantTransactions tx) {
        this.tokens = tokens;
        this.audit = audit;
        this.tx = tx;
    }

    /**
     * Stores a token just issued for the authentication: in the session it names, or in a new one
     * ending at {@code expiresIfNew}.
     */
    public void issue(String refreshKey, Authentication authentication, Instant expiresIfNew) {
        Object session = authentication.getAttributes().get(SESSION_ID);
        Object userAgent = authentication.getAttributes().get(USER_AGENT);
        // the token keeps the membership it was issued for: a refresh never switches membership
        Object membership = authentication.getAttributes().get(MEMBERSHIP_ID);
        String familyId = session == null ? UUID.randomUUID().toString() : session.toString();
        tx.write(Scope.SYSTEM, () -> {
            tokens.forgetEnded(authentication.getName());
            tokens.insert(sha256(refreshKey), authentication.getName(), familyId, expiresIfNew,
                    userAgent == null ? null : userAgent.toString(),
                    membership == null ? null : Long.valueOf(membership.toString()));
            return null;
        });
    }

    /**
     * Accepts a live token once, or revokes its session when it was replaced before. Runs in the
     * enclosing system-scope transaction if there is one, so the caller can roll the acceptance back.
     */
    public Presented present(String refreshKey) {
        String hash = sha256(refreshKey);
        return tx.write(Scope.SYSTEM, () -> {
            var used = tokens.use(hash);
            if (!used.isEmpty()) {
                return new Presented.Accepted(used.get(0).userId(), used.get(0).familyId(), used.get(0).membershipId());
            }
            var known = tokens.find(hash).orElse(null);
            if (known == null || !known.replaced()) {
                return new Presented.Invalid();
            }
            if (tokens.revokeFamily(known.familyId(), "REUSED") > 0) {
                audit.revoked(known.userId(), SessionAudit.SYSTEM_ACTOR, "SESSION_REUSE_REVOKED", known.familyId(),
                        "Een al vervangen refresh token werd opnieuw aangeboden; de sessie is ingetrokken.");
            }
            return new Presented.Reused();
        });
    }

    /** Ends every session of these persons; the number of tokens revoked. */
    public int revokeAllOf(java.util.List<Long> userIds, String reason) {
        return tx.write(Scope.SYSTEM, () -> tokens.revokeAllTokensOf(userIds.toArray(Long[]::new), reason));
    }

    /** The same authentication with one more attribute. */
    static Authentication with(Authentication authentication, String attribute, Object value) {
        Map<String, Object> attributes = new HashMap<>(authentication.getAttributes());
        attributes.put(attribute, value);
        return Authentication.build(authentication.getName(), authentication.getRoles(), attributes);
    }

    /** The same authentication with the browser that logged in, for the stored session only. */
    public static Authentication withUserAgent(Authentication authentication, String userAgent) {
        return with(authentication, USER_AGENT, userAgent);
    }

    /** The authentication of a session that a refresh continues. */
    public static Authentication inSession(Authentication authentication, String sessionId) {
        return with(authentication, SESSION_ID, sessionId);
    }

    public static ProblemException invalid() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "REFRESH_TOKEN_INVALID", "De sessie is verlopen. Log opnieuw in.");
    }

    public static ProblemException reused() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, "REFRESH_TOKEN_REUSED",
                "Deze sessie is beëindigd omdat een oud token opnieuw werd gebruikt. Log opnieuw in.");
    }

    static String sha256(@Nullable String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
