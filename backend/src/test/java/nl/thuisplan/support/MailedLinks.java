package nl.thuisplan.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server in the test JVM (GreenMail) that the application sends to, and the links in what it received. */
public final class MailedLinks {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/wachtwoord/nieuw\\?token=([A-Za-z0-9_-]{43})");

    public final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    public MailedLinks() {
        smtp.start();
    }

    /** The application's SMTP settings for this server (no STARTTLS, no login). */
    public Map<String, String> properties() {
        Map<String, String> p = new HashMap<>();
        p.put("thuisplan.smtp.host", "127.0.0.1");
        p.put("thuisplan.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
        p.put("thuisplan.smtp.starttls", "false");
        p.put("thuisplan.smtp.from", "Thuisplan <noreply@thuisplan.test>");
        p.put("thuisplan.public-url", "https://thuisplan.test/");
        return p;
    }

    public void clear() {
        try {
            smtp.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the {@code count}-th message; the newest. */
    public MimeMessage await(int count) {
        if (!smtp.waitForIncomingEmail(15_000, count)) {
            throw new AssertionError("No mail arrived; received " + smtp.getReceivedMessages().length);
        }
        MimeMessage[] all = smtp.getReceivedMessages();
        return all[all.length - 1];
    }

    /** The plain-text body, decoded (the text has Dutch characters, so it travels quoted-printable). */
    public static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof String text) {
                return text;
            }
            Multipart parts = (Multipart) content;
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    return (String) parts.getBodyPart(i).getContent();
                }
            }
            return GreenMailUtil.getBody(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String token(MimeMessage message) {
        Matcher m = LINK.matcher(body(message));
        if (!m.find()) {
            throw new AssertionError("No link in: " + body(message));
        }
        return m.group(1);
    }

    public void stop() {
        smtp.stop();
    }
}
