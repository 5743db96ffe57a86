package nl.thuisplan.auth.link;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/**
 * Creates, reads, uses and revokes single-use links. All work runs in the system scope (the
 * table is the platform's own record), joining the caller's system-scope transaction if there is
 * one, so a link is used in the same transaction as whatever accepting it changes.
 *
 * <p>A link is bound to an address: the caller that accepts one checks that the person still has
 * that address (see {@code nl.thuisplan.auth.password.LinkPasswords}).
 */
@Singleton
public class OneTimeLinks {

    /** Expired, used, revoked, unknown or malformed: one answer, so a link's state cannot be probed. */
    public static final String INVALID = "LINK_INVALID";
    /** 32 random bytes, base64url without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OneTimeLinkRepository links;
    private final TenantTransactions tx;

    OneTimeLinks(OneTimeLinkRepository links, TenantTransactions tx) {
        this.links = links;
        this.tx = tx;
    }

    /** A new link; the raw token is in the answer only, the database keeps its SHA-256. */
    public record Issued(long linkId, String token, Instant expiresAt) {
    }

    /** A link that can be used (or just was). */
    public record Link(long linkId, LinkPurpose purpose, long userId, String email, Instant expiresAt) {
    }

    public Issued create(LinkPurpose purpose, long userId, String email, String createdBy, Duration validFor) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = Instant.now().plus(validFor);
        long id = tx.write(Scope.SYSTEM, () -> links.insert(purpose.name(), sha256(token), userId,
                email.trim().toLowerCase(Locale.ROOT), createdBy, expires));
        return new Issued(id, token, expires);
    }

    /** The link behind a token, without using it; {@code LINK_INVALID} when it cannot be used. */
    public Link open(String token) {
        return tx.read(Scope.SYSTEM, () -> find(token));
    }

    /**
     * Uses the link: after this no other call succeeds with the same token, even a concurrent one.
     * Call it inside the transaction that does what the link is for, so both commit or neither.
     */
    public Link consume(String token) {
        return tx.write(Scope.SYSTEM, () -> {
            Link link = find(token);
            if (links.markUsed(link.linkId()) != 1) {
                throw invalid();
            }
            return link;
        });
    }

    /** Revokes an open link; false when it was already used or revoked. */
    public boolean revoke(long linkId) {
        return tx.write(Scope.SYSTEM, () -> links.revoke(linkId) == 1);
    }

    /** Revokes every open link of the person for the purpose; how many there were. */
    public int revokeOpen(long userId, LinkPurpose purpose) {
        return tx.write(Scope.SYSTEM, () -> links.revokeOpen(userId, purpose.name()));
    }

    /** How many links of the purpose were made for the address in the last {@code window}: for rate limits. */
    public int countRecent(String email, LinkPurpose purpose, Duration window) {
        return tx.read(Scope.SYSTEM, () -> links.countSince(email.trim().toLowerCase(Locale.ROOT), purpose.name(),
                Instant.now().minus(window)));
    }

    public static ProblemException invalid() {
        return new ProblemException(HttpStatus.GONE, INVALID,
                "Deze link is niet (meer) geldig. Vraag een nieuwe link aan.");
    }

    private Link find(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw invalid();
        }
        return links.findOpen(sha256(token))
                .map(o -> new Link(o.linkId(), LinkPurpose.valueOf(o.purpose()), o.userId(), o.email(), o.expiresAt()))
                .orElseThrow(OneTimeLinks::invalid);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
