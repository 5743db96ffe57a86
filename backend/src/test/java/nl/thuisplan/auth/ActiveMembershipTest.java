package nl.thuisplan.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.people.OrganisationRepository;
import nl.thuisplan.people.People;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.OwnerSql;
import nl.thuisplan.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A person acts in one membership at a time: login picks one, a switch takes another, a refresh
 * keeps the one its token was issued for and stops when that membership or the person ends.
 */
@MicronautTest(transactional = false)
class ActiveMembershipTest extends ApiTest {

    @Inject
    Api api;
    @Inject
    JsonMapper json;
    @Inject
    TestUsers testUsers;
    @Inject
    People people;
    @Inject
    OrganisationRepository organisations;
    @Inject
    TenantTransactions tx;

    @Test
    void everyDemoRoleGetsExactlyTheScopeItHadBeforeMemberships() {
        for (DemoUsers.Demo demo : DemoUsers.ACCOUNTS) {
            if (demo.scopes().size() > 1) {
                continue; // the shared projectleider is checked below, membership by membership
            }
            JsonNode claims = claims(api.token(demo.username()));
            String scope = demo.scopes().isEmpty() ? null : demo.scopes().get(0);
            List<String> expected = switch (demo.role()) {
                case PLATFORM_ADMIN -> List.of("*", "*", "on");
                case REGION_PROGRAMME_MANAGER -> List.of(regionId(scope), "*", "on");
                case MUNICIPALITY_OFFICER -> List.of(String.join(",", OwnerSql.column(
                        "select rm.region_id from region_membership rm where rm.municipality_code = '" + scope + "' and "
                                + "rm.valid_from <= current_date and (rm.valid_to is null or rm.valid_to >= current_date) "
                                + "order by rm.region_id")), scope, "on");
                case PROVINCE_ANALYST -> List.of(String.join(",", OwnerSql.column(
                        "select distinct rm.region_id from region_membership rm join municipality m on m.code = rm.municipality_code "
                                + "where m.province_code = '" + scope + "' and rm.valid_from <= current_date "
                                + "and (rm.valid_to is null or rm.valid_to >= current_date) order by 1")),
                        String.join(",", OwnerSql.column("select code from municipality where province_code = '" + scope
                                + "' order by code")), "off");
                case CORPORATIE_MEDEWERKER, ZORGAANBIEDER_MEDEWERKER -> List.of(regionId(scope), "", "off");
            };
            assertThat(List.of(claims.get("scopeRegions").getStringValue(), claims.get("scopeMunicipalities").getStringValue(),
                    claims.get("scopeDrafts").getStringValue())).as(demo.username()).isEqualTo(expected);
            assertThat(claims.get("role").getStringValue()).as(demo.username()).isEqualTo(demo.role().name());
            assertThat(claims.get("membershipId")).as(demo.username()).isNotNull();
        }
    }

    @Test
    void aPersonWithTwoGemeentenSwitchesAndSeesEachInTurn() {
        Response login = api.login("gemeente.oost-groningen", Api.DEMO_PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        Response me = api.get("/api/v1/me", login.text("access_token"));
        assertThat(me.json().get("memberships").size()).isEqualTo(2);
        long first = me.json().get("activeMembershipId").getLongValue();
        String active = me.json().get("municipality").get("code").getStringValue();
        String other = active.equals("GM1952") ? "GM1895" : "GM1952";
        assertThat(api.get("/api/v1/municipalities/" + active, login.text("access_token")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/municipalities/" + other, login.text("access_token")).status()).isEqualTo(404);

        long second = otherMembership(me.json(), first);
        Response switched = switchTo(login.text("access_token"), second);
        assertThat(switched.status()).as(switched.body()).isEqualTo(200);
        assertThat(switched.text("token_type")).isEqualTo("Bearer");
        assertThat(switched.text("username")).isEqualTo("gemeente.oost-groningen");
        assertThat(switched.json().get("expires_in").getIntValue()).isEqualTo(900);
        String token = switched.text("access_token");
        assertThat(api.get("/api/v1/municipalities/" + other, token).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/municipalities/" + active, token).status()).isEqualTo(404);
        Response after = api.get("/api/v1/me", token);
        assertThat(after.json().get("activeMembershipId").getLongValue()).isEqualTo(second);
        assertThat(after.json().get("municipality").get("code").getStringValue()).isEqualTo(other);

        // the switch's refresh token keeps the new membership
        Response refreshed = refresh(switched.text("refresh_token"));
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", refreshed.text("access_token")).json().get("municipality").get("code").getStringValue())
                .isEqualTo(other);
        // and the old session's refresh token keeps the old one
        assertThat(api.get("/api/v1/me", refresh(login.text("refresh_token")).text("access_token")).json()
                .get("municipality").get("code").getStringValue()).isEqualTo(active);

        // the next login starts in the membership used last
        Response again = api.login("gemeente.oost-groningen", Api.DEMO_PASSWORD);
        assertThat(api.get("/api/v1/me", again.text("access_token")).json().get("activeMembershipId").getLongValue()).isEqualTo(second);
    }

    @Test
    void anotherPersonsMembershipIsNotFoundAndAnEndedOneIsNotActive() {
        long foreign = membershipIdOf("regio.gro");
        Response r = switchTo(api.token("gemeente.groningen"), foreign);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.text("code")).isEqualTo("NOT_FOUND");

        String username = personWithTwoMemberships("test.ended");
        String token = api.login(username, "test-password-1").text("access_token");
        long ended = Long.parseLong(OwnerSql.value("select m.membership_id from membership m join app_user u using (user_id) "
                + "where u.username = '" + username + "' and m.municipality_code = 'GM1895'"));
        endYesterday(ended);
        Response refused = switchTo(token, ended);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("code")).isEqualTo("MEMBERSHIP_NOT_ACTIVE");
    }

    @Test
    void aRefreshAfterTheMembershipEndedIsRefused() {
        String username = personWithTwoMemberships("test.refresh-ended");
        Response login = api.login(username, "test-password-1");
        long active = claims(login.text("access_token")).get("membershipId").getLongValue();
        Response refreshed = refresh(login.text("refresh_token"));
        assertThat(refreshed.status()).isEqualTo(200);
        endYesterday(active);
        // the rotated token: the one a client holds now (the first is spent)
        Response refused = refresh(refreshed.text("refresh_token"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("code")).isEqualTo("REFRESH_TOKEN_INVALID");
        // the other membership is still active: a new login lands there
        Response again = api.login(username, "test-password-1");
        assertThat(again.status()).isEqualTo(200);
        assertThat(claims(again.text("access_token")).get("membershipId").getLongValue()).isNotEqualTo(active);
    }

    @Test
    void aDeactivatedPersonsRefreshAndLoginAreRefused() {
        String username = personWithTwoMemberships("test.deactivated");
        Response login = api.login(username, "test-password-1");
        Response refreshed = refresh(login.text("refresh_token"));
        assertThat(refreshed.status()).isEqualTo(200);
        OwnerSql.exec("update app_user set active = false, deactivated_at = now() where username = '" + username + "'");
        Response refused = refresh(refreshed.text("refresh_token"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("code")).isEqualTo("REFRESH_TOKEN_INVALID");
        assertThat(api.login(username, "test-password-1").text("code")).isEqualTo("LOGIN_FAILED");
    }

    @Test
    void aPersonWithoutAnActiveMembershipCannotLogIn() {
        String username = personWithTwoMemberships("test.no-membership");
        OwnerSql.exec("update membership set valid_to = current_date - 1 where user_id = "
                + "(select user_id from app_user where username = '" + username + "')");
        Response r = api.login(username, "test-password-1");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.text("code")).isEqualTo("LOGIN_FAILED");
        assertThat(r.body()).isEqualTo(api.login("nobody.at.all", "test-password-1").body());
    }

    @Test
    void loginAcceptsTheEmailAddressAndRecordsTheLogin() {
        String username = personWithTwoMemberships("test.email");
        Response r = api.login(username.toUpperCase() + "@TEST.THUISPLAN.INVALID", "test-password-1");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.text("username")).isEqualTo(username);
        assertThat(OwnerSql.value("select last_login_at is not null from app_user where username = '" + username + "'"))
                .isEqualTo("t");
    }

    @Test
    void meListsEveryMembershipWithItsOrganisation() {
        Response me = api.getAs("corporatie.mra", "/api/v1/me");
        assertThat(me.text("role")).isEqualTo("CORPORATIE_MEDEWERKER");
        JsonNode m = me.json().get("memberships").get(0);
        assertThat(m.get("organisation").get("kind").getStringValue()).isEqualTo("WONINGCORPORATIE");
        assertThat(m.get("organisation").get("name").getStringValue()).isEqualTo(DemoUsers.DEMO_CORPORATIE);
        assertThat(m.get("region").get("code").getStringValue()).isEqualTo("MRA");
        assertThat(m.get("municipality").isNull()).isTrue();
        assertThat(m.get("managesPeople").getBooleanValue()).isFalse();
        assertThat(m.get("validFrom").getStringValue()).isEqualTo("2025-01-01");
        assertThat(m.get("validTo").isNull()).isTrue();
        assertThat(me.json().get("activeMembershipId").getLongValue()).isEqualTo(m.get("id").getLongValue());
        // a partner sees its region, none of its gemeenten's own data
        assertThat(api.getAs("corporatie.mra", "/api/v1/municipalities/GM0363").status()).isEqualTo(404);
        assertThat(api.getAs("corporatie.mra", "/api/v1/regions/ENS").status()).isEqualTo(404);
    }

    /** A person with memberships of Midden-Groningen and Oldambt and the password "test-password-1". */
    private String personWithTwoMemberships(String username) {
        tx.write(Scope.SYSTEM, () -> {
            UserAccount person = testUsers.person(username, "Test " + username, "test-password-1");
            for (String code : List.of("GM1952", "GM1895")) {
                people.addMembership(person.userId(), organisations.ofMunicipality(code).orElseThrow(), null, false,
                        LocalDate.of(2025, 1, 1), null);
            }
            return person;
        });
        return username;
    }

    private static void endYesterday(long membershipId) {
        OwnerSql.exec("update membership set valid_to = current_date - 1 where membership_id = " + membershipId);
    }

    private static long membershipIdOf(String username) {
        return Long.parseLong(OwnerSql.value("select min(m.membership_id) from membership m join app_user u using (user_id) "
                + "where u.username = '" + username + "'"));
    }

    private static long otherMembership(JsonNode me, long active) {
        List<Long> ids = new ArrayList<>();
        me.get("memberships").values().forEach(m -> ids.add(m.get("id").getLongValue()));
        return ids.stream().filter(id -> id != active).findFirst().orElseThrow();
    }

    private Response switchTo(String token, long membershipId) {
        return api.send("POST", "/api/v1/me/active-membership", token, "{\"membershipId\":" + membershipId + "}");
    }

    private Response refresh(String refreshToken) {
        return api.send("POST", "/api/v1/auth/token", null,
                "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + refreshToken + "\"}");
    }

    private JsonNode claims(String jwt) {
        try {
            return json.readValue(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8),
                    JsonNode.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String regionId(String code) {
        return OwnerSql.value("select region_id from region where code = '" + code + "'");
    }
}
