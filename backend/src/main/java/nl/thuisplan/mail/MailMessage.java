package nl.thuisplan.mail;

import io.micronaut.core.annotation.Nullable;

/** One message to one person: Dutch plain text, and optionally the same text as simple HTML. */
public record MailMessage(String to, String subject, String text, @Nullable String html) {

    public static MailMessage text(String to, String subject, String text) {
        return new MailMessage(to, subject, text, null);
    }
}
