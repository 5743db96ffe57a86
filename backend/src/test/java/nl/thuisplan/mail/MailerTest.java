package nl.thuisplan.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Without an SMTP host nothing is sent: the message goes to the log and the caller is told so. */
class MailerTest {

    @Test
    void withoutASmtpHostAMessageIsLoggedAndTheCallerToldSo() {
        // no sender is ever looked up: null would fail if it were
        Mailer mailer = new Mailer(new SmtpSettings("  ", null, null, null, null, null), null);
        assertThat(mailer.send(MailMessage.text("x@example.org", "Onderwerp", "https://link"))).isEqualTo(Delivery.LOGGED);
    }

    @Test
    void theSenderMayCarryAName() {
        assertThat(Mailer.sender("Thuisplan <noreply@example.org>").getEmail()).isEqualTo("noreply@example.org");
        assertThat(Mailer.sender("Thuisplan <noreply@example.org>").getName()).isEqualTo("Thuisplan");
        assertThat(Mailer.sender("noreply@example.org").getEmail()).isEqualTo("noreply@example.org");
        assertThatThrownBy(() -> Mailer.sender("geen adres <")).isInstanceOf(IllegalStateException.class);
    }
}
