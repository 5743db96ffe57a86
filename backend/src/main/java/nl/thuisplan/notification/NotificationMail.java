package nl.thuisplan.notification;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.List;
import nl.thuisplan.mail.MailMessage;
import nl.thuisplan.notification.NotificationRepository.Pending;

/** The mails: one person's new notifications at once, or its digest of the day; each item with its link. */
@Singleton
class NotificationMail {

    private final String base;

    NotificationMail(@Value("${thuisplan.public-url:`http://localhost:8080`}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    MailMessage immediate(List<Pending> items) {
        Pending first = items.get(0);
        String subject = items.size() == 1 ? first.title() : items.size() + " nieuwe meldingen in Thuisplan";
        return MailMessage.text(first.email(), subject, body(first.displayName(), items.size() == 1
                ? "Er is een nieuwe melding voor u in Thuisplan:" : "Er zijn nieuwe meldingen voor u in Thuisplan:", items));
    }

    MailMessage digest(List<Pending> items) {
        Pending first = items.get(0);
        return MailMessage.text(first.email(), "Thuisplan: uw meldingen van de afgelopen dag (" + items.size() + ")",
                body(first.displayName(), "Dit zijn uw ongelezen meldingen van de afgelopen dag:", items));
    }

    private String body(String name, String intro, List<Pending> items) {
        StringBuilder text = new StringBuilder("Beste ").append(name).append(",\n\n").append(intro).append("\n\n");
        for (Pending p : items) {
            text.append("- ").append(p.title()).append('\n');
            if (p.summary() != null && !p.summary().isBlank()) {
                text.append("  ").append(p.summary().strip().replace("\n", "\n  ")).append('\n');
            }
            text.append("  ").append(base).append(p.link()).append("\n\n");
        }
        return text.append("""
                Alle meldingen staan in Thuisplan onder het belletje. Hoe vaak u mail krijgt (direct, één keer per dag
                of nooit) stelt u in op de pagina Mijn sessies: %s/mijn-sessies

                Met vriendelijke groet,
                Thuisplan
                """.formatted(base)).toString();
    }
}
