package nl.thuisplan.auth.firstadmin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code admin create} on a database as a real installation has it: the command makes the first
 * platform beheerder, whose printed link sets a password to log in with, and refuses every run
 * after that (and while any active beheerder exists), so it cannot be used to take over.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstAdminTest extends ApiTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/wachtwoord/nieuw\\?token=([A-Za-z0-9_-]{43})");

    @Inject
    ApplicationContext context;
    @Inject
    Api api;

    record Run(int exitCode, String out, String err) {
    }

    @Test
    @Order(1)
    void refusesWhileAnActivePlatformBeheerderExists() {
        // the demo beheerder of the test database is active
        Run run = admin("create", "--email", "eerste@beheer.example", "--name", "Eerste Beheerder");
        assertThat(run.exitCode()).isEqualTo(CreateAdminCommand.REFUSED);
        assertThat(run.err()).contains("Er is al een actieve platformbeheerder");
        assertThat(run.out()).doesNotContain("token=");
        assertThat(count("select count(*) from app_user where username = 'eerste@beheer.example'")).isZero();
    }

    @Test
    @Order(2)
    void createsTheFirstBeheerderWhoseLinkSetsAPassword() {
        execute("update app_user set active = false where user_id in (select user_id from membership where role = 'PLATFORM_ADMIN')");

        Run run = admin("create", "--email", "Eerste.Beheerder@Gemeente.example", "--name", "Eerste Beheerder");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("eerste.beheerder@gemeente.example").contains("één keer");
        Matcher m = LINK.matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        String token = m.group(1);

        // no password until the link is used
        assertThat(api.login("eerste.beheerder@gemeente.example", "een gok van iemand").status()).isEqualTo(401);
        Response link = api.get("/api/v1/auth/links/" + token, null);
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        assertThat(link.text("purpose")).isEqualTo("FIRST_ADMIN");
        assertThat(link.text("displayName")).isEqualTo("Eerste Beheerder");
        assertThat(count("select count(*) from one_time_link where purpose = 'FIRST_ADMIN' "
                + "and expires_at between now() + interval '59 minutes' and now() + interval '61 minutes'")).isEqualTo(1);

        Response set = api.send("POST", "/api/v1/auth/links/" + token + "/password", null, "{\"password\":\"Eerste start van Thuisplan\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(204);
        Response login = api.login("eerste.beheerder@gemeente.example", "Eerste start van Thuisplan");
        assertThat(login.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", login.text("access_token")).text("role")).isEqualTo("PLATFORM_ADMIN");
    }

    @Test
    @Order(3)
    void refusesASecondRun() {
        Run run = admin("create", "--email", "overname@kwaad.example", "--name", "Overname");
        assertThat(run.exitCode()).isEqualTo(CreateAdminCommand.REFUSED);
        assertThat(run.err()).contains("Er is al een actieve platformbeheerder");
        assertThat(count("select count(*) from app_user where username = 'overname@kwaad.example'")).isZero();
    }

    @Test
    @Order(4)
    void refusesBadInputAndMissingOptions() {
        execute("update app_user set active = false where user_id in (select user_id from membership where role = 'PLATFORM_ADMIN')");
        assertThat(admin("create", "--email", "geen-adres", "--name", "X").err()).contains("Geen geldig e-mailadres");
        Run missing = admin("create", "--email", "iemand@beheer.example");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("--name");
        assertThat(admin().exitCode()).isNotZero();
        assertThat(count("select count(*) from app_user where username like '%@beheer.example'")).isZero();
    }

    private Run admin(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AdminCli.execute(context, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private int count(String sql) {
        try (Connection c = database().owner().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection c = database().owner().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
            s.execute(sql);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
