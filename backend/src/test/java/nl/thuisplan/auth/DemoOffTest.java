package nl.thuisplan.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.OwnerSql;
import org.junit.jupiter.api.Test;

/** No demo account survives a start with demo mode off: each is deactivated and its sessions revoked. */
@MicronautTest(transactional = false)
class DemoOffTest extends ApiTest {

    @Inject
    Api api;

    @Test
    void aStartWithDemoOffDeactivatesEveryDemoPersonAndRevokesTheirSessions() {
        Response login = api.login("gemeente.oost-groningen", Api.DEMO_PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        OwnerSql.exec("insert into app_user (username, display_name) values ('real.person', 'Geen demo')");
        assertThat(OwnerSql.value("select count(*) from app_user where demo and active")).isEqualTo(
                String.valueOf(DemoUsers.ACCOUNTS.size()));

        Map<String, Object> properties = new HashMap<>(database().applicationProperties());
        properties.put("thuisplan.demo.enabled", "false");
        try (ApplicationContext demoOff = ApplicationContext.run(properties)) {
            assertThat(OwnerSql.value("select count(*) from app_user where demo and active")).isEqualTo("0");
            assertThat(OwnerSql.value("select count(*) from app_user where demo and not active and deactivated_at is not null"))
                    .isEqualTo(String.valueOf(DemoUsers.ACCOUNTS.size()));
            // a second run finds nothing left to do
            assertThat(demoOff.getBean(DemoOff.class).deactivateDemoAccounts()).isZero();
        }
        assertThat(OwnerSql.value("select active from app_user where username = 'real.person'")).isEqualTo("t");
        assertThat(OwnerSql.value("select count(*) from refresh_token t join app_user u using (user_id) where u.demo and t.revoked_at is null"))
                .isEqualTo("0");
        Response refresh = api.send("POST", "/api/v1/auth/token", null,
                "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + login.text("refresh_token") + "\"}");
        assertThat(refresh.status()).isEqualTo(401);
        assertThat(api.login("beheerder", Api.DEMO_PASSWORD).status()).isEqualTo(401);
    }
}
