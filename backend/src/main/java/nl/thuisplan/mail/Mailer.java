package nl.thuisplan.mail;

import io.micronaut.context.BeanProvider;
import io.micronaut.email.Body;
import io.micronaut.email.BodyType;
import io.micronaut.email.Contact;
import io.micronaut.email.Email;
import io.micronaut.email.MultipartBody;
import io.micronaut.email.StringBody;
import io.micronaut.email.EmailSender;
import jakarta.inject.Singleton;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a message through SMTP when {@code THUISPLAN_SMTP_HOST} is set; otherwise writes it, link
 * included, to the log at INFO between clear markers and answers {@link Delivery#LOGGED}, so the
 * caller can show the link to the beheerder who caused the message.
 */
@Singleton
public class Mailer {

    /** Starts every logged message, so an operator can find them with grep. */
    public static final String LOG_MARKER = "MAIL NIET VERZONDEN (geen SMTP ingesteld)";
    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final SmtpSettings smtp;
    /** Looked up only when a host is configured: without one, Micronaut Email's sender has no session. */
    private final BeanProvider<EmailSender<?, ?>> sender;

    Mailer(SmtpSettings smtp, BeanProvider<EmailSender<?, ?>> sender) {
        this.smtp = smtp;
        this.sender = sender;
    }

    public Delivery send(MailMessage message) {
        if (!smtp.configured()) {
            LOG.info("{} ---\nAan: {}\nOnderwerp: {}\n\n{}\n--- einde mail", LOG_MARKER, message.to(), message.subject(),
                    message.text());
            return Delivery.LOGGED;
        }
        Email.Builder email = Email.builder().from(sender(smtp.fromOrDefault())).to(message.to()).subject(message.subject());
        Body text = new StringBody(message.text(), BodyType.TEXT);
        email = email.body(message.html() == null ? text : new MultipartBody(new StringBody(message.html(), BodyType.HTML), text));
        sender.get().send(email);
        // the subject only: the address is personal data and has no place in a log
        LOG.info("Mail '{}' sent to the SMTP server", message.subject());
        return Delivery.SENT;
    }

    /** "Thuisplan <noreply@example.org>" or a bare address, as THUISPLAN_SMTP_FROM may hold either. */
    static Contact sender(String from) {
        try {
            InternetAddress address = new InternetAddress(from, true);
            return new Contact(address.getAddress(), address.getPersonal());
        } catch (AddressException e) {
            throw new IllegalStateException("THUISPLAN_SMTP_FROM is no e-mail address: " + from, e);
        }
    }
}
