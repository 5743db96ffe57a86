package nl.thuisplan.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A login by name and password, with the code of the second factor where the person has one (a TOTP code
 * or a recovery code). Only the browser's login sends it; the bearer login of API clients has none.
 */
@Serdeable
public class LoginCredentials extends UsernamePasswordCredentials {

    @Nullable
    private String code;

    public LoginCredentials() {
    }

    public LoginCredentials(String username, String password, @Nullable String code) {
        super(username, password);
        this.code = code;
    }

    @Nullable
    public String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }
}
