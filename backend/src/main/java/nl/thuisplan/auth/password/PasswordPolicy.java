package nl.thuisplan.auth.password;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import me.gosimple.nbvcxz.resources.DictionaryUtil;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.common.ProblemException;

/**
 * What a new password must be: at least {@code thuisplan.password.min-length} characters (12),
 * at most 256, no NUL, and not one of the common or leaked passwords nbvcxz ships (its
 * {@code passwords.txt}, compared without regard to case). Length is counted in characters as a
 * person sees them (code points), so "é" counts once.
 */
@Singleton
public class PasswordPolicy {

    public static final int MAX_LENGTH = 256;
    public static final String TOO_SHORT = "PASSWORD_TOO_SHORT";
    public static final String TOO_COMMON = "PASSWORD_TOO_COMMON";

    private final int minLength;
    /** Loaded once, on the first check (about 100,000 entries). */
    private volatile Set<String> common;

    PasswordPolicy(@Value("${thuisplan.password.min-length:12}") int minLength) {
        this.minLength = minLength;
    }

    public int minLength() {
        return minLength;
    }

    /** Refuses a password with 400 and the code of the first rule it breaks, for {@code field}. */
    public void check(String field, String password) {
        String p = password == null ? "" : password;
        int length = p.codePointCount(0, p.length());
        if (length < minLength) {
            throw refused(field, TOO_SHORT, "Het wachtwoord moet minstens " + minLength + " tekens lang zijn.");
        }
        if (length > MAX_LENGTH) {
            throw refused(field, "PASSWORD_TOO_LONG", "Het wachtwoord mag hoogstens " + MAX_LENGTH + " tekens lang zijn.");
        }
        if (p.indexOf('\0') >= 0) {
            throw refused(field, "PASSWORD_INVALID_CHARACTER", "Het wachtwoord bevat een teken dat niet is toegestaan.");
        }
        if (common().contains(p.toLowerCase(Locale.ROOT))) {
            throw refused(field, TOO_COMMON,
                    "Dit wachtwoord komt voor in lijsten van veelgebruikte of gelekte wachtwoorden. Kies een ander.");
        }
    }

    private Set<String> common() {
        Set<String> c = common;
        if (c == null) {
            c = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords).keySet().stream()
                    .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            common = c;
        }
        return c;
    }

    private static ProblemException refused(String field, String code, String message) {
        String status = code.equals(TOO_SHORT) || code.equals(TOO_COMMON) ? code : "VALIDATION_FAILED";
        return new ProblemException(HttpStatus.BAD_REQUEST, status, message, List.of(new FieldProblem(field, code, message)));
    }
}
