package nl.thuisplan.auth.totp;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts TOTP secrets at rest with AES-256-GCM, so a copy of the database (a backup, a dump) yields no
 * working second factor. The key is {@code thuisplan.second-factor-key}: {@code THUISPLAN_SECOND_FACTOR_KEY},
 * or generated once in the data directory in embedded mode, like the JWT secret. Without it (an external
 * database whose operator has not set one yet) the key is derived from {@code thuisplan.jwt-secret}: then
 * replacing that secret makes every enrolled second factor unreadable, which operations.md warns about.
 * The user id is bound in as associated data, so a ciphertext copied to another person's row fails.
 */
@Singleton
class SecretBox {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private final SecretKeySpec key;

    SecretBox(@Value("${thuisplan.second-factor-key:}") String secondFactorKey,
              @Value("${thuisplan.jwt-secret}") String jwtSecret) {
        String material = secondFactorKey.isBlank() ? "derived-from-jwt-secret\0" + jwtSecret : secondFactorKey;
        this.key = new SecretKeySpec(sha256(material), "AES");
    }

    String seal(byte[] secret, long userId) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad(userId));
            byte[] sealed = cipher.doFinal(secret);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    byte[] open(String sealed, long userId) {
        byte[] all = Base64.getDecoder().decode(sealed);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            cipher.updateAAD(aad(userId));
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            // another key (the key was replaced) or a tampered row: no code can match
            throw new IllegalStateException("A second-factor secret cannot be decrypted with this installation's key", e);
        }
    }

    private static byte[] aad(long userId) {
        return ("second_factor:" + userId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(String material) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
