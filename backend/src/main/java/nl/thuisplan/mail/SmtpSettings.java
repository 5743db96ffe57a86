package nl.thuisplan.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The SMTP server from the environment ({@code THUISPLAN_SMTP_HOST}, {@code _PORT}, {@code _USER},
 * {@code _PASSWORD}, {@code _FROM}, {@code _STARTTLS}; see application.yml). No host: nothing is sent.
 */
@ConfigurationProperties("thuisplan.smtp")
public record SmtpSettings(@Nullable String host, @Nullable Integer port, @Nullable String user, @Nullable String password,
                           @Nullable String from, @Nullable Boolean starttls) {

    public boolean configured() {
        return host != null && !host.isBlank();
    }

    public int portOrDefault() {
        return port == null ? 587 : port;
    }

    public String fromOrDefault() {
        return from == null || from.isBlank() ? "Thuisplan <noreply@localhost>" : from;
    }

    public boolean authenticates() {
        return user != null && !user.isBlank();
    }

    public boolean starttlsOrDefault() {
        return starttls == null || starttls;
    }
}
