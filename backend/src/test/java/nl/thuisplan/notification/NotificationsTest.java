package nl.thuisplan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.MailApiTest;
import nl.thuisplan.support.MailedLinks;
import nl.thuisplan.support.OwnerSql;
import nl.thuisplan.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Notifications through HTTP with the mail read back from a real SMTP server in the test JVM: a workflow
 * step tells the people it concerns and nobody else, the bell's count and marking read, the mail choice,
 * the reminder for late analyses once a day, the deadline job and the digest once per key.
 */
@MicronautTest(transactional = false)
class NotificationsTest extends MailApiTest {

    private static final String DIEMEN = "gemeente.diemen";

    @Inject
    Api api;
    @Inject
    MailDispatch dispatch;
    @Inject
    DeadlineWatch deadlines;
    @Inject
    DailyDigest digest;
    @Inject
    NotificationRepository repository;
    @Inject
    TenantTransactions tx;

    @Test
    void returningAnAnalysisNotifiesItsGemeenteAndMailsItButNoOtherGemeente() {
        long id = start(DIEMEN, "GM0384", 2038);
        act(DIEMEN, id, "submit", null);
        JsonNode submitted = only(mine("regio.mra"), "ANALYSIS_SUBMITTED", "/gemeenten/GM0384/vraaganalyse/2038");
        assertThat(submitted.get("title").getStringValue()).isEqualTo("Diemen heeft de vraaganalyse 2038 ingediend");
        assertThat(kinds(mine(DIEMEN), "/gemeenten/GM0384/vraaganalyse/2038")).isEmpty(); // not told of its own step

        act("regio.mra", id, "return", "Graag de bron toevoegen");
        JsonNode returned = only(mine(DIEMEN), "ANALYSIS_RETURNED", "/gemeenten/GM0384/vraaganalyse/2038");
        assertThat(returned.get("summary").getStringValue()).isEqualTo("Reden: Graag de bron toevoegen");
        assertThat(returned.get("readAt").isNull()).isTrue();
        assertThat(kinds(mine("gemeente.amsterdam"), "/gemeenten/GM0384/vraaganalyse/2038")).isEmpty();
        assertThat(kinds(mine("gemeente.enschede"), "/gemeenten/GM0384/vraaganalyse/2038")).isEmpty();
        assertThat(kinds(mine("regio.ens"), "/gemeenten/GM0384/vraaganalyse/2038")).isEmpty();

        MimeMessage message = mailTo(DIEMEN, "Vraaganalyse 2038 teruggestuurd");
        assertThat(MailedLinks.body(message)).contains("Reden: Graag de bron toevoegen")
                .contains("https://thuisplan.test/gemeenten/GM0384/vraaganalyse/2038");
    }

    @Test
    void theBellCountsUnreadAndOnlyTheRecipientMarksItRead() {
        long id = start(DIEMEN, "GM0384", 2041);
        act(DIEMEN, id, "submit", null);
        act("regio.mra", id, "adopt", null);
        long before = unread(DIEMEN);
        JsonNode adopted = only(mine(DIEMEN), "ANALYSIS_ADOPTED", "/gemeenten/GM0384/vraaganalyse/2041");
        long nid = adopted.get("id").getLongValue();

        // somebody else's notification does not exist for the caller, the platform beheerder included
        assertThat(api.send("POST", "/api/v1/me/notifications/" + nid + "/read", api.token("gemeente.amsterdam"), null).status())
                .isEqualTo(404);
        assertThat(api.send("POST", "/api/v1/me/notifications/" + nid + "/read", api.token("beheerder"), null).status()).isEqualTo(404);
        Response read = api.send("POST", "/api/v1/me/notifications/" + nid + "/read", api.token(DIEMEN), null);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("unread").getLongValue()).isEqualTo(before - 1);
        assertThat(only(mine(DIEMEN), "ANALYSIS_ADOPTED", "/gemeenten/GM0384/vraaganalyse/2041").get("readAt")).isNotNull();

        assertThat(api.send("POST", "/api/v1/me/notifications/read-all", api.token(DIEMEN), null).json().get("unread").getLongValue())
                .isZero();
        assertThat(unread(DIEMEN)).isZero();
    }

    @Test
    void withoutThePersonSettingTheDatabaseShowsNoNotificationEvenToTheSystemScope() {
        long id = start(DIEMEN, "GM0384", 2042);
        act(DIEMEN, id, "submit", null);
        long manager = Long.parseLong(OwnerSql.value("select user_id from app_user where username = 'regio.mra'").toString());
        assertThat(tx.read(Scope.SYSTEM, () -> repository.count(manager))).isZero();
        assertThat(tx.read(Scope.SYSTEM, () -> {
            repository.actAs(String.valueOf(manager));
            return repository.count(manager);
        })).isPositive();
    }

    @Test
    void mailOffSendsNoMailButKeepsTheNotification() {
        assertThat(setPreference("gemeente.amsterdam", "OFF").status()).isEqualTo(200);
        assertThat(api.getAs("gemeente.amsterdam", "/api/v1/me/notification-preference").text("mail")).isEqualTo("OFF");
        assertThat(api.getAs("gemeente.enschede", "/api/v1/me/notification-preference").text("mail")).isEqualTo("IMMEDIATE");
        assertThat(setPreference("gemeente.amsterdam", "SOMETIMES").status()).isEqualTo(400);
        long id = start("gemeente.amsterdam", "GM0363", 2043);
        act("gemeente.amsterdam", id, "submit", null);
        act("regio.mra", id, "return", "Bron ontbreekt");
        only(mine("gemeente.amsterdam"), "ANALYSIS_RETURNED", "/gemeenten/GM0363/vraaganalyse/2043");
        dispatch.sendPending();
        // the manager's mail of the submission went out at once; Amsterdam's never
        mailTo("regio.mra", "Amsterdam heeft de vraaganalyse 2043 ingediend");
        assertThat(subjectsTo("gemeente.amsterdam")).doesNotContain("Vraaganalyse 2043 teruggestuurd");
        assertThat(everyone("select count(*) from notification n join app_user u using (user_id) where u.username = "
                + "'gemeente.amsterdam' and n.link = '/gemeenten/GM0363/vraaganalyse/2043' and n.mailed_at is null")).isEqualTo(1);
        setPreference("gemeente.amsterdam", "IMMEDIATE");
    }

    @Test
    void aReminderForALateAnalysisGoesOutOncePerDayAndIsAudited() {
        Response deadline = api.send("PUT", "/api/v1/regions/MRA/demand-deadlines/2039", api.token("regio.mra"),
                "{\"deadline\":\"" + LocalDate.now().minusDays(3) + "\",\"version\":null}");
        assertThat(deadline.status()).as(deadline.body()).isEqualTo(200);
        only(mine(DIEMEN), "DEADLINE_SET", "/gemeenten/GM0384/vraaganalyse/2039");
        assertThat(kinds(mine("gemeente.enschede"), "/gemeenten/GM0153/vraaganalyse/2039")).isEmpty();

        assertThat(remind(DIEMEN, "GM0384").status()).isEqualTo(403);
        assertThat(remind("regio.ens", "GM0384").status()).isEqualTo(404);
        Response first = remind("regio.mra", "GM0384");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("reminded").get(0).get("code").getStringValue()).isEqualTo("GM0384");
        JsonNode reminder = only(mine(DIEMEN), "ANALYSIS_REMINDER", "/gemeenten/GM0384/vraaganalyse/2039");
        assertThat(reminder.get("title").getStringValue()).isEqualTo("Herinnering: de vraaganalyse 2039 is te laat");
        mailTo(DIEMEN, "Herinnering: de vraaganalyse 2039 is te laat");

        Response again = remind("regio.mra", "GM0384");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("REMINDER_ALREADY_SENT");
        // all late ones: Diemen is named as reminded today already, the others are reminded now
        Response all = api.send("POST", "/api/v1/regions/MRA/demand-reminders/2039", api.token("regio.mra"), "{}");
        assertThat(all.status()).isEqualTo(200);
        assertThat(codes(all.json().get("alreadyRemindedToday"))).containsExactly("GM0384");
        assertThat(codes(all.json().get("reminded"))).contains("GM0363").doesNotContain("GM0384");
        assertThat(kinds(mine(DIEMEN), "/gemeenten/GM0384/vraaganalyse/2039")).containsOnlyOnce("ANALYSIS_REMINDER");
        assertThat(everyone("select count(*) from audit_event where action = 'REMINDER_SENT' and entity_id = 'GM0384/2039'"))
                .isEqualTo(1);

        long id = start(DIEMEN, "GM0384", 2039);
        act(DIEMEN, id, "submit", null);
        Response notLate = remind("regio.mra", "GM0384");
        assertThat(notLate.status()).isEqualTo(409);
        assertThat(notLate.text("code")).isEqualTo("ANALYSIS_NOT_LATE");
    }

    @Test
    void theDeadlineJobTellsUndeliveredGemeentenOnceHoweverOftenItRuns() {
        LocalDate today = LocalDate.now();
        api.send("PUT", "/api/v1/regions/MRA/demand-deadlines/2040", api.token("regio.mra"),
                "{\"deadline\":\"" + today.plusDays(7) + "\",\"version\":null}");
        long id = start("gemeente.amsterdam", "GM0363", 2040);
        act("gemeente.amsterdam", id, "submit", null);

        assertThat(deadlines.run(today)).isPositive();
        assertThat(deadlines.run(today)).isZero();
        JsonNode soon = only(mine(DIEMEN), "DEADLINE_APPROACHING", "/gemeenten/GM0384/vraaganalyse/2040");
        assertThat(soon.get("title").getStringValue()).isEqualTo("Nog 7 dagen tot de deadline van de vraaganalyse 2040");
        // Amsterdam has submitted: nothing to remind it of
        assertThat(kinds(mine("gemeente.amsterdam"), "/gemeenten/GM0363/vraaganalyse/2040")).doesNotContain("DEADLINE_APPROACHING");
    }

    @Test
    void theDigestSendsOneMailPerPersonPerDay() {
        assertThat(setPreference("gemeente.enschede", "DAILY_DIGEST").status()).isEqualTo(200);
        api.send("PUT", "/api/v1/regions/ENS/demand-deadlines/2044", api.token("regio.ens"),
                "{\"deadline\":\"" + LocalDate.now().plusDays(40) + "\",\"version\":null}");
        only(mine("gemeente.enschede"), "DEADLINE_SET", "/gemeenten/GM0153/vraaganalyse/2044");
        dispatch.sendPending();
        assertThat(subjectsTo("gemeente.enschede")).isEmpty();

        LocalDate day = LocalDate.now().plusDays(100);
        assertThat(digest.send(day)).isEqualTo(1);
        assertThat(digest.send(day)).isZero();
        MimeMessage message = mailTo("gemeente.enschede", "Thuisplan: uw meldingen van de afgelopen dag (1)");
        assertThat(MailedLinks.body(message)).contains("Deadline vraaganalyse 2044");
    }

    // --- helpers

    /** A count as the owner with the whole scope and every person (the platform's own view, V19). */
    private static long everyone(String query) {
        try (Connection c = TestDatabase.ownerRole().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true), "
                    + "set_config('thuisplan.drafts', 'on', true), set_config('thuisplan.person', '*', true)");
            try (ResultSet rs = s.executeQuery(query)) {
                rs.next();
                long n = rs.getLong(1);
                c.commit();
                return n;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long start(String user, String municipality, int year) {
        Response r = api.send("POST", "/api/v1/demand/municipalities/" + municipality + "/years/" + year, api.token(user), null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").getLongValue();
    }

    private void act(String user, long id, String action, String reason) {
        int lock = api.getAs("regio.mra", "/api/v1/demand/analyses/" + id).json()
                .get("lockVersion").getIntValue();
        String body = "{\"lockVersion\":" + lock + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
        Response r = api.send("POST", "/api/v1/demand/analyses/" + id + "/" + action, api.token(user), body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private Response remind(String user, String municipality) {
        return api.send("POST", "/api/v1/regions/MRA/demand-reminders/2039", api.token(user),
                "{\"municipalityCode\":\"" + municipality + "\"}");
    }

    private Response setPreference(String user, String mail) {
        return api.send("PUT", "/api/v1/me/notification-preference", api.token(user), "{\"mail\":\"" + mail + "\"}");
    }

    @Test
    void anAdoptedVerdelingIsPublishedToTheGemeentenPartnersAndProvincesOfTheRegionOnly() {
        String pm = "regio.mra";
        Response created = api.send("POST", "/api/v1/allocation/regions/MRA/models", api.token(pm),
                "{\"name\":\"Publicatie 2051\",\"period\":\"2051\",\"targetGroups\":[\"dakloos\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long modelId = created.json().get("id").getLongValue();
        JsonNode scenario = created.json().get("scenarios").get(0);
        long scenarioId = scenario.get("id").getLongValue();
        Response saved = api.send("PUT", "/api/v1/allocation/scenarios/" + scenarioId, api.token(pm), "{\"name\":\""
                + scenario.get("name").getStringValue() + "\",\"totalSource\":\"ENTERED\",\"total\":40,\"method\":\"LARGEST_REMAINDER\","
                + "\"referenceDate\":\"" + scenario.get("referenceDate").getStringValue() + "\",\"criteria\":[{\"indicator\":\"inhabitants\","
                + "\"weight\":\"1\"}],\"draagkracht\":null,\"bounds\":[],\"lockVersion\":" + scenario.get("lockVersion").getIntValue() + "}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Response adopted = api.send("POST", "/api/v1/allocation/scenarios/" + scenarioId + "/adopt", api.token(pm),
                "{\"lockVersion\":" + saved.json().get("lockVersion").getIntValue() + ",\"decisionDate\":\"" + LocalDate.now()
                        + "\",\"decisionReference\":\"PHO-2026-51\",\"decisionBody\":\"Portefeuillehoudersoverleg Wonen\"}");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);

        String link = "/verdeling/modellen/" + modelId + "/resultaat";
        // the readers of what MRA publishes: its partner, the provinces of its gemeenten, and the gemeenten themselves
        for (String reader : List.of("corporatie.mra", "provincie.noord-holland", "provincie.flevoland", DIEMEN)) {
            JsonNode n = only(mine(reader), "MODEL_ADOPTED", link);
            assertThat(n.get("title").getStringValue()).isEqualTo("Verdeling Publicatie 2051 vastgesteld");
            assertThat(n.get("summary").getStringValue()).contains("Portefeuillehoudersoverleg Wonen");
        }
        // nobody outside the region, and not the programme manager who adopted it
        for (String outsider : List.of("provincie.limburg", "provincie.overijssel", "gemeente.enschede", "regio.ens", pm)) {
            assertThat(kinds(mine(outsider), link)).as(outsider).isEmpty();
        }
        MimeMessage message = mailTo("corporatie.mra", "Verdeling Publicatie 2051 vastgesteld");
        assertThat(MailedLinks.body(message)).contains(link);
        mailTo("provincie.noord-holland", "Verdeling Publicatie 2051 vastgesteld");
    }

    private JsonNode mine(String user) {
        Response r = api.getAs(user, "/api/v1/me/notifications?size=100");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("items");
    }

    private long unread(String user) {
        return api.getAs(user, "/api/v1/me/notifications/unread-count").json().get("unread").getLongValue();
    }

    private static List<String> kinds(JsonNode items, String link) {
        List<String> kinds = new ArrayList<>();
        items.values().forEach(n -> {
            if (n.get("link").getStringValue().equals(link)) {
                kinds.add(n.get("kind").getStringValue());
            }
        });
        return kinds;
    }

    private static JsonNode only(JsonNode items, String kind, String link) {
        List<JsonNode> found = new ArrayList<>();
        items.values().forEach(n -> {
            if (n.get("kind").getStringValue().equals(kind) && n.get("link").getStringValue().equals(link)) {
                found.add(n);
            }
        });
        assertThat(found).as(kind + " " + link + " in " + items).hasSize(1);
        return found.get(0);
    }

    private static List<String> codes(JsonNode list) {
        List<String> codes = new ArrayList<>();
        list.values().forEach(m -> codes.add(m.get("code").getStringValue()));
        return codes;
    }

    private static String address(String user) {
        return user + "@demo.thuisplan.invalid";
    }

    private List<String> subjectsTo(String user) {
        return Arrays.stream(mail.smtp.getReceivedMessages()).filter(m -> to(m, user)).map(NotificationsTest::subject).toList();
    }

    /** Waits up to 15 s for a mail with this subject to this person (it is sent after the commit, off the request). */
    private MimeMessage mailTo(String user, String subject) {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage m : mail.smtp.getReceivedMessages()) {
                if (to(m, user) && subject.equals(subject(m))) {
                    return m;
                }
            }
            mail.smtp.waitForIncomingEmail(500, mail.smtp.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail '" + subject + "' to " + user + "; received " + subjectsTo(user));
    }

    private static boolean to(MimeMessage m, String user) {
        try {
            return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address(user)));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
