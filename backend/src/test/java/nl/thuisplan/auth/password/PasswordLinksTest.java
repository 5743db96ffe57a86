package nl.thuisplan.auth.password;

import nl.thuisplan.support.MailedLinks;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.thuisplan.auth.PasswordHasher;
import nl.thuisplan.auth.Role;
import nl.thuisplan.auth.UserAccount;
import nl.thuisplan.auth.link.LinkPurpose;
import nl.thuisplan.auth.link.OneTimeLinks;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.mail.Delivery;
import nl.thuisplan.mail.MailMessage;
import nl.thuisplan.mail.Mailer;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.MailApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Passwords and single-use links through HTTP, with the mail read back from a real SMTP server in
 * the test JVM: reset by mail, the link's single use, expiry and revocation, the policy, and the
 * change of one's own password.
 */
@MicronautTest(transactional = false)
class PasswordLinksTest extends MailApiTest {

    private static final String OLD = "oud-wachtwoord-voor-de-test";
    private static final String NEW = "Zomer aan de Maas 2026!";


    @Inject
    Api api;
    @Inject
    nl.thuisplan.people.People people;
    @Inject
    nl.thuisplan.people.OrganisationRepository organisations;
    @Inject
    PasswordHasher hasher;
    @Inject
    TenantTransactions tx;
    @Inject
    OneTimeLinks links;
    @Inject
    Mailer mailer;

    @BeforeEach
    void emptyMailbox() {
        mail.clear();
    }

    @Test
    void aResetMailCarriesALinkThatSetsAPasswordToLogInWith() throws Exception {
        long id = person("anna.reset@gemeente.example");
        Response before = api.login("anna.reset@gemeente.example", OLD);
        assertThat(before.status()).isEqualTo(200);

        Response asked = api.send("POST", "/api/v1/auth/password-reset", null, "{\"email\":\"Anna.Reset@Gemeente.example \"}");
        assertThat(asked.status()).isEqualTo(202);

        MimeMessage message = mail.await(1);
        assertThat(message.getSubject()).isEqualTo("Nieuw wachtwoord voor Thuisplan");
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("anna.reset@gemeente.example");
        assertThat(message.getFrom()[0].toString()).contains("noreply@thuisplan.test");
        assertThat(MailedLinks.body(message)).contains("https://thuisplan.test/wachtwoord/nieuw?token=").contains("één keer");
        String token = MailedLinks.token(message);

        Response link = api.get("/api/v1/auth/links/" + token, null);
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        assertThat(link.text("purpose")).isEqualTo("PASSWORD_RESET");
        assertThat(link.text("email")).isEqualTo("anna.reset@gemeente.example");
        assertThat(link.text("displayName")).isEqualTo("Anna Test");

        assertThat(setPassword(token, NEW).status()).isEqualTo(204);
        assertThat(api.login("anna.reset@gemeente.example", NEW).status()).isEqualTo(200);
        assertThat(api.login("anna.reset@gemeente.example", OLD).status()).isEqualTo(401);
        // the sessions from before the reset end with it
        Response refresh = api.send("POST", "/api/v1/auth/token", null,
                "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + before.text("refresh_token") + "\"}");
        assertThat(refresh.status()).isEqualTo(401);
        // the database keeps the token's hash, never the token
        assertThat(count("select count(*) from one_time_link where user_id = " + id + " and token_hash = encode(sha256('"
                + token + "'::bytea), 'hex') and used_at is not null")).isEqualTo(1);
        assertThat(count("select count(*) from one_time_link where token_hash = '" + token + "'")).isZero();
    }

    @Test
    void aLinkWorksOnce() {
        long id = person("bert.once@gemeente.example");
        String token = links.create(LinkPurpose.PASSWORD_RESET, id, "bert.once@gemeente.example", "test", Duration.ofHours(1)).token();
        assertThat(setPassword(token, NEW).status()).isEqualTo(204);
        assertInvalid(setPassword(token, "Een ander wachtwoord 2026"));
        assertInvalid(api.get("/api/v1/auth/links/" + token, null));
        assertThat(api.login("bert.once@gemeente.example", NEW).status()).isEqualTo(200);
    }

    @Test
    void aLinkUnlocksALockedAccount() {
        long id = person("kees.locked@gemeente.example");
        for (int i = 0; i < 5; i++) {
            api.login("kees.locked@gemeente.example", "fout-" + i);
        }
        assertThat(api.login("kees.locked@gemeente.example", OLD).status()).isEqualTo(401); // locked: said as any failure
        String token = links.create(LinkPurpose.PASSWORD_RESET, id, "kees.locked@gemeente.example", "test", Duration.ofHours(1)).token();
        assertThat(setPassword(token, NEW).status()).isEqualTo(204);
        assertThat(api.login("kees.locked@gemeente.example", NEW).status()).isEqualTo(200);
    }

    @Test
    void anExpiredARevokedAndAnUnknownLinkAreRefusedAlike() throws SQLException {
        long id = person("carla.expired@gemeente.example");
        OneTimeLinks.Issued expired = links.create(LinkPurpose.PASSWORD_RESET, id, "carla.expired@gemeente.example", "test",
                Duration.ofHours(1));
        execute("update one_time_link set expires_at = now() - interval '1 minute' where link_id = " + expired.linkId());
        OneTimeLinks.Issued revoked = links.create(LinkPurpose.INVITATION, id, "carla.expired@gemeente.example", "test",
                Duration.ofDays(7));
        assertThat(links.revoke(revoked.linkId())).isTrue();

        Response e = setPassword(expired.token(), NEW);
        Response r = setPassword(revoked.token(), NEW);
        Response u = setPassword("A".repeat(43), NEW);
        Response malformed = api.get("/api/v1/auth/links/not-a-token", null);
        for (Response response : List.of(e, r, u, malformed)) {
            assertInvalid(response);
        }
        assertThat(e.body()).isEqualTo(r.body()).isEqualTo(u.body());
        assertThat(api.login("carla.expired@gemeente.example", OLD).status()).isEqualTo(200);
    }

    @Test
    void ofTwoConcurrentUsesExactlyOneSucceeds() throws Exception {
        long id = person("dirk.race@gemeente.example");
        String token = links.create(LinkPurpose.PASSWORD_RESET, id, "dirk.race@gemeente.example", "test", Duration.ofHours(1)).token();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> use = () -> {
            start.await();
            return setPassword(token, NEW).status();
        };
        Future<Integer> a = pool.submit(use);
        Future<Integer> b = pool.submit(use);
        start.countDown();
        List<Integer> statuses = List.of(a.get(), b.get());
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(204, 410);
        assertThat(count("select count(*) from one_time_link where user_id = " + id + " and used_at is not null")).isEqualTo(1);
    }

    @Test
    void aShortAndACommonPasswordAreRefusedAndLeaveTheLinkUsable() {
        long id = person("eva.policy@gemeente.example");
        String token = links.create(LinkPurpose.PASSWORD_RESET, id, "eva.policy@gemeente.example", "test", Duration.ofHours(1)).token();

        Response shortOne = setPassword(token, "kort-123");
        assertThat(shortOne.status()).isEqualTo(400);
        assertThat(shortOne.contentType()).startsWith("application/problem+json");
        assertThat(shortOne.text("code")).isEqualTo("PASSWORD_TOO_SHORT");
        assertThat(shortOne.json().get("fields").get(0).get("field").getStringValue()).isEqualTo("password");

        Response common = setPassword(token, "Qwerty123456");
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.text("code")).isEqualTo("PASSWORD_TOO_COMMON");
        assertThat(common.json().get("fields").get(0).get("code").getStringValue()).isEqualTo("PASSWORD_TOO_COMMON");

        assertThat(setPassword(token, NEW).status()).isEqualTo(204);
    }

    @Test
    void aResetForAnUnknownAddressAnswersTheSameAndSendsNothing() {
        Response unknown = api.send("POST", "/api/v1/auth/password-reset", null, "{\"email\":\"niemand@nergens.example\"}");
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(unknown.body()).isEmpty();
        assertThat(mail.smtp.waitForIncomingEmail(2_000, 1)).isFalse();
        assertThat(api.send("POST", "/api/v1/auth/password-reset", null, "{\"email\":\"\"}").status()).isEqualTo(400);
    }

    @Test
    void atMostThreeResetMailsPerAddressPerHourAndOnlyTheNewestLinkWorks() {
        person("frank.limit@gemeente.example");
        for (int i = 1; i <= 4; i++) {
            assertThat(api.send("POST", "/api/v1/auth/password-reset", null, "{\"email\":\"frank.limit@gemeente.example\"}").status())
                    .isEqualTo(202);
            if (i <= 3) {
                mail.await(i);
            }
        }
        assertThat(mail.smtp.waitForIncomingEmail(2_000, 4)).isFalse();
        MimeMessage[] received = mail.smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertInvalid(api.get("/api/v1/auth/links/" + MailedLinks.token(received[0]), null));
        assertThat(api.get("/api/v1/auth/links/" + MailedLinks.token(received[2]), null).status()).isEqualTo(200);
    }

    @Test
    void aLinkIsBoundToTheAddressItWasSentTo() {
        long id = person("gert.bound@gemeente.example");
        String token = links.create(LinkPurpose.INVITATION, id, "iemand.anders@gemeente.example", "test", Duration.ofDays(7)).token();
        assertInvalid(api.get("/api/v1/auth/links/" + token, null));
        assertInvalid(setPassword(token, NEW));
    }

    @Test
    void aLoggedInPersonChangesTheirPasswordWithTheCurrentOne() throws SQLException {
        long id = person("hanna.change@gemeente.example");
        String token = api.login("hanna.change@gemeente.example", OLD).text("access_token");

        Response wrong = api.send("POST", "/api/v1/me/password", token,
                "{\"currentPassword\":\"niet-het-wachtwoord\",\"newPassword\":\"" + NEW + "\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text("code")).isEqualTo("PASSWORD_WRONG");
        assertThat(wrong.json().get("fields").get(0).get("field").getStringValue()).isEqualTo("currentPassword");
        assertThat(count("select failed_logins from credential where user_id = " + id)).isEqualTo(1);

        Response common = api.send("POST", "/api/v1/me/password", token,
                "{\"currentPassword\":\"" + OLD + "\",\"newPassword\":\"password1234\"}");
        assertThat(common.text("code")).isEqualTo("PASSWORD_TOO_COMMON");
        assertThat(common.json().get("fields").get(0).get("field").getStringValue()).isEqualTo("newPassword");

        Response ok = api.send("POST", "/api/v1/me/password", token, "{\"currentPassword\":\"" + OLD + "\",\"newPassword\":\"" + NEW + "\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(204);
        assertThat(api.login("hanna.change@gemeente.example", NEW).status()).isEqualTo(200);
        assertThat(api.login("hanna.change@gemeente.example", OLD).status()).isEqualTo(401);
        assertThat(count("select count(*) from audit_event where entity_type = 'person' and entity_id = '" + id
                + "' and action = 'PASSWORD_CHANGED'")).isEqualTo(1);

        assertThat(api.send("POST", "/api/v1/me/password", null, "{\"currentPassword\":\"x\",\"newPassword\":\"y\"}").status())
                .isEqualTo(401);
    }

    @Test
    void wrongCurrentPasswordsLockTheAccountAsFailedLoginsDo() {
        person("ivo.lock@gemeente.example");
        String token = api.login("ivo.lock@gemeente.example", OLD).text("access_token");
        for (int i = 0; i < 5; i++) {
            api.send("POST", "/api/v1/me/password", token, "{\"currentPassword\":\"fout-" + i + "\",\"newPassword\":\"" + NEW + "\"}");
        }
        assertThat(api.login("ivo.lock@gemeente.example", OLD).status()).isEqualTo(401); // locked: said as any failure
    }

    @Test
    void aMessageWithHtmlArrivesWithBothParts() throws Exception {
        assertThat(mailer.send(new MailMessage("jan@example.org", "Uitnodiging", "Tekst met link", "<p>Tekst met <a href=\"#\">link</a></p>")))
                .isEqualTo(Delivery.SENT);
        MimeMessage message = mail.await(1);
        assertThat(message.getContentType()).startsWith("multipart/");
        assertThat(MailedLinks.body(message)).isEqualTo("Tekst met link");
    }

    @Test
    void linksAreVisibleOnlyInTheSystemScope() throws SQLException {
        long id = person("jet.rls@gemeente.example");
        links.create(LinkPurpose.PASSWORD_RESET, id, "jet.rls@gemeente.example", "test", Duration.ofHours(1));
        try (Connection c = nl.thuisplan.support.TestDatabase.appRole().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            assertThat(single(s, "select count(*) from one_time_link")).isZero();
            s.execute("select set_config('thuisplan.regions', '1', true), set_config('thuisplan.municipalities', '*', true)");
            assertThat(single(s, "select count(*) from one_time_link")).isZero();
            c.rollback();
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
            assertThat(single(s, "select count(*) from one_time_link")).isPositive();
            c.rollback();
        }
    }

    private Response setPassword(String token, String password) {
        return api.send("POST", "/api/v1/auth/links/" + token + "/password", null, "{\"password\":\"" + password + "\"}");
    }

    private static void assertInvalid(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(410);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text("code")).isEqualTo("LINK_INVALID");
    }

    /** A gemeente medewerker of Amsterdam named by its address, with the password {@link #OLD}. */
    private long person(String email) {
        return tx.write(Scope.SYSTEM, () -> {
            long id = people.createPerson(null, "Anna Test", email, false).userId();
            people.setPassword(id, OLD);
            people.addMembership(id, organisations.ofMunicipality("GM0363").orElseThrow(), null, false,
                    java.time.LocalDate.now(), null);
            return id;
        });
    }

    private int count(String sql) {
        try (Connection c = database().owner().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
            int n = single(s, sql);
            c.commit();
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = database().owner().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
            s.execute(sql);
            c.commit();
        }
    }

    private static int single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
