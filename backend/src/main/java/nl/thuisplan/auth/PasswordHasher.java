package nl.thuisplan.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/** Argon2id with the OWASP minimum parameters (19 MiB, 2 iterations, 1 lane). */
@Singleton
public class PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    /** Checked when the user does not exist, so a wrong username costs as much time as a wrong password. */
    private final String decoy = hash("decoy-password-for-unknown-users");

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public boolean matches(String password, String hash) {
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    public void spendTimeForUnknownUser(String password) {
        matches(password, decoy);
    }
}
