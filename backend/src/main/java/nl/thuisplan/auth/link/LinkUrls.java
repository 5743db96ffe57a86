package nl.thuisplan.auth.link;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The address a person opens from a mail or the command line: {@code THUISPLAN_PUBLIC_URL} plus the page of the link. */
@Singleton
public class LinkUrls {

    /** The frontend page that accepts a link (frontend route {@code /wachtwoord/nieuw}). */
    public static final String SET_PASSWORD_PAGE = "/wachtwoord/nieuw";

    private final String base;

    LinkUrls(@Value("${thuisplan.public-url:`http://localhost:8080`}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String setPassword(String token) {
        return base + SET_PASSWORD_PAGE + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
