package nl.thuisplan.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

/**
 * The Jakarta Mail session of Micronaut Email's sender, built from {@link SmtpSettings} rather than
 * from {@code javamail.*} properties, so the operator sets only the {@code THUISPLAN_SMTP_*} variables.
 * Present only when a host is configured.
 */
@Singleton
@Requires(property = "thuisplan.smtp.host", pattern = ".+")
class SmtpSessionProvider implements SessionProvider {

    private final Session session;

    SmtpSessionProvider(SmtpSettings smtp) {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", smtp.host());
        p.put("mail.smtp.port", String.valueOf(smtp.portOrDefault()));
        p.put("mail.smtp.starttls.enable", String.valueOf(smtp.starttlsOrDefault()));
        // a server that offers no STARTTLS is refused when STARTTLS is asked for: no silent plain text
        p.put("mail.smtp.starttls.required", String.valueOf(smtp.starttlsOrDefault()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        Authenticator authenticator = null;
        if (smtp.authenticates()) {
            p.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(smtp.user(), smtp.password() == null ? "" : smtp.password());
                }
            };
        }
        this.session = Session.getInstance(p, authenticator);
    }

    @Override
    public Session session() {
        return session;
    }
}
