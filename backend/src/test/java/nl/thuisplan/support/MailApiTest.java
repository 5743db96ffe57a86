package nl.thuisplan.support;

import io.micronaut.core.annotation.NonNull;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/**
 * An {@link ApiTest} whose application sends its mail to a real SMTP server in this test's process
 * ({@link MailedLinks}), started with the class and stopped after its last test.
 */
public abstract class MailApiTest extends ApiTest {

    /** The SMTP server the application mails to, and what arrived there. */
    protected final MailedLinks mail = new MailedLinks();

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, String> p = super.getProperties();
        p.putAll(mail.properties());
        return p;
    }

    @AfterAll
    void stopMail() {
        mail.stop();
    }
}
