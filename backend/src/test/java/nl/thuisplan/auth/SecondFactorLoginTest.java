package nl.thuisplan.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.thuisplan.auth.totp.Totp;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.people.OrganisationRepository;
import nl.thuisplan.people.People;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.OwnerSql;
import nl.thuisplan.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Local accounts with a second factor (TOTP): enrolment through the API, and the login's second step through
 * {@link LoginService} with {@link LoginCredentials} as the browser's login passes them to the Authenticator.
 * The refusals a bearer login (API clients: name and password only) meets are checked through
 * {@code /api/v1/auth/login}. Codes are computed from the secret the enrolment showed, as the person's app does.
 */
@MicronautTest(transactional = false)
class SecondFactorLoginTest extends ApiTest {

    private static final String PASSWORD = "Een goed wachtwoord 2026";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    Api api;
    @Inject
    TestUsers testUsers;
    @Inject
    People people;
    @Inject
    OrganisationRepository organisations;
    @Inject
    TenantTransactions tx;
    @Inject
    LoginService login;

    /** A person of a gemeente of its own (the policy tests change the organisation), with a password. */
    private record Person(String username, long userId, long organisationId) {
    }

    private Person person() {
        int n = SEQ.incrementAndGet();
        String code = OwnerSql.value("select code from municipality order by code offset " + (10 + n) + " limit 1");
        String username = "tweestaps." + n;
        return tx.write(Scope.SYSTEM, () -> {
            var org = organisations.ofMunicipality(code).orElseThrow();
            UserAccount p = testUsers.person(username, "Tweestaps " + n, PASSWORD);
            people.addMembership(p.userId(), org, null, false, LocalDate.of(2025, 1, 1), null);
            return new Person(username, p.userId(), org.organisationId());
        });
    }

    private String token(Person p) {
        Api.Response r = api.login(p.username(), PASSWORD);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.text("access_token");
    }

    /** What an enrolment leaves: the secret, the recovery codes, and the access token of the login before it. */
    private record Enrolled(String secret, List<String> recoveryCodes, String token, String refreshToken) {
    }

    /** Enrols through the API; the confirming code's step is used up. */
    private Enrolled enrol(Person p) {
        Api.Response in = api.login(p.username(), PASSWORD);
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        return enrol(in.text("access_token"), in.text("refresh_token"));
    }

    private Enrolled enrol(String token, String refreshToken) {
        List<String> recoveryCodes = new ArrayList<>();
        Api.Response started = api.send("POST", "/api/v1/me/second-factor", token, null);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String secret = started.text("secret");
        assertThat(started.text("uri")).startsWith("otpauth://totp/Thuisplan:").contains("secret=" + secret).contains("issuer=Thuisplan");
        Api.Response confirmed = api.send("POST", "/api/v1/me/second-factor/confirm", token,
                "{\"code\":\"" + Totp.codeAt(secret, Instant.now()) + "\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        confirmed.json().get("codes").values().forEach(c -> recoveryCodes.add(c.getStringValue()));
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        return new Enrolled(secret, recoveryCodes, token, refreshToken);
    }

    /** A code of the next time step: not yet used, and within the ±1 window. */
    private static String nextCode(String secret) {
        return Totp.codeAt(secret, Instant.now().plusSeconds(30));
    }

    private AuthenticationResponse browserLogin(Person p, String password, String code, String address) {
        return login.authenticate(new LoginCredentials(p.username(), password, code), address);
    }

    private static String body(String code) {
        return "{\"code\":\"" + code + "\"}";
    }

    @Test
    void enrolmentThenLoginNeedsTheCodeAndACodeWorksOnce() {
        Person p = person();
        Enrolled e = enrol(p);
        String secret = e.secret();

        Api.Response status = api.send("GET", "/api/v1/me/second-factor", e.token(), null);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body()).contains("\"enabled\":true").contains("\"recoveryCodesLeft\":10").doesNotContain(secret);
        Api.Response restart = api.send("POST", "/api/v1/me/second-factor", e.token(), null);
        assertThat(restart.status()).as("a confirmed second factor is not replaced by a new start").isEqualTo(409);

        AuthenticationResponse missing = browserLogin(p, PASSWORD, null, "192.0.2.1");
        assertThat(missing.isAuthenticated()).isFalse();
        assertThat(missing.getMessage().orElse("")).contains("TOTP_REQUIRED");

        String code = nextCode(secret);
        assertThat(browserLogin(p, PASSWORD, code, "192.0.2.1").isAuthenticated()).isTrue();
        AuthenticationResponse replayed = browserLogin(p, PASSWORD, code, "192.0.2.1");
        assertThat(replayed.isAuthenticated()).as("the same code again").isFalse();
        assertThat(replayed.getMessage().orElse("")).doesNotContain("TOTP_REQUIRED");
        assertThat(browserLogin(p, PASSWORD, Totp.codeAt(secret, Instant.now()), "192.0.2.1").isAuthenticated())
                .as("an older code than the one accepted").isFalse();

        assertThat(browserLogin(p, "een fout wachtwoord", nextCode(secret), "192.0.2.1").isAuthenticated())
                .as("a right code never makes up for a wrong password").isFalse();

        // the bearer login of API clients has no code: refused with TOTP_REQUIRED, never a token
        Api.Response bearer = api.login(p.username(), PASSWORD);
        assertThat(bearer.status()).isEqualTo(401);
        assertThat(bearer.body()).contains("\"code\":\"TOTP_REQUIRED\"").contains("authenticator-app");
        assertThat(api.login(p.username(), "fout").body()).as("a wrong password says nothing of a second factor")
                .contains("\"code\":\"LOGIN_FAILED\"");

        // kept encrypted: not the secret's bytes in any readable form
        String stored = OwnerSql.value("select secret_encrypted from second_factor where user_id = " + p.userId());
        assertThat(stored).doesNotContain(secret);
        assertThat(OwnerSql.value("select count(*) from platform_audit_event where action = 'SECOND_FACTOR_ENABLED' and entity_id = '"
                + p.userId() + "'") + OwnerSql.value("select count(*) from audit_event where action = 'SECOND_FACTOR_ENABLED' "
                + "and entity_id = '" + p.userId() + "'")).isNotEqualTo("00");
    }

    @Test
    void aWrongCodeAtConfirmationLeavesTheSecondFactorOff() {
        Person p = person();
        String token = token(p);
        assertThat(api.send("POST", "/api/v1/me/second-factor/confirm", token, body("123456")).status())
                .as("nothing started").isEqualTo(409);
        Api.Response started = api.send("POST", "/api/v1/me/second-factor", token, null);
        String right = Totp.codeAt(started.text("secret"), Instant.now());
        Api.Response wrong = api.send("POST", "/api/v1/me/second-factor/confirm", token, body(right.equals("000000") ? "111111" : "000000"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("CODE_INVALID");
        assertThat(api.send("POST", "/api/v1/me/second-factor/confirm", token, body("12a456")).status()).isEqualTo(400);
        assertThat(api.login(p.username(), PASSWORD).status()).as("an unconfirmed enrolment does not count at login").isEqualTo(200);
    }

    @Test
    void wrongCodesCountTowardsTheSameLockOutAsWrongPasswords() {
        Person p = person();
        String secret = enrol(p).secret();
        String right = nextCode(secret);
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            AuthenticationResponse r = browserLogin(p, PASSWORD, wrong, "192.0.2.20");
            assertThat(r.isAuthenticated()).isFalse();
            assertThat(r.getMessage().orElse("")).as("answered as a wrong password").doesNotContain("TOTP_REQUIRED");
        }
        assertThat(browserLogin(p, PASSWORD, right, "192.0.2.20").isAuthenticated())
                .as("after five wrong codes the right password and code are refused from that address").isFalse();
        assertThat(browserLogin(p, PASSWORD, right, "192.0.2.21").isAuthenticated())
                .as("the code was not used up by the refused attempt: from another address it works").isTrue();
    }

    @Test
    void aMissingCodeIsNotAFailedAttempt() {
        Person p = person();
        String secret = enrol(p).secret();
        for (int i = 0; i < 8; i++) {
            assertThat(browserLogin(p, PASSWORD, null, "192.0.2.30").getMessage().orElse("")).contains("TOTP_REQUIRED");
        }
        assertThat(browserLogin(p, PASSWORD, nextCode(secret), "192.0.2.30").isAuthenticated()).isTrue();
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        Person p = person();
        List<String> codes = enrol(p).recoveryCodes();
        assertThat(browserLogin(p, PASSWORD, codes.get(3), "192.0.2.40").isAuthenticated()).isTrue();
        assertThat(browserLogin(p, PASSWORD, codes.get(3), "192.0.2.40").isAuthenticated()).as("used").isFalse();
        assertThat(browserLogin(p, PASSWORD, codes.get(4).toUpperCase(java.util.Locale.ROOT).replace("-", ""), "192.0.2.40")
                .isAuthenticated()).as("typed without the dash, in capitals").isTrue();
        assertThat(OwnerSql.value("select count(*) from recovery_code where user_id = " + p.userId() + " and used_at is null"))
                .isEqualTo("8");
    }

    @Test
    void newRecoveryCodesAndSwitchingOffNeedACurrentCode() {
        Person p = person();
        Enrolled e = enrol(p);
        String wrong = nextCode(e.secret()).equals("000000") ? "111111" : "000000";
        assertThat(api.send("POST", "/api/v1/me/second-factor/recovery-codes", e.token(), body(wrong)).status()).isEqualTo(400);
        Api.Response renewed = api.send("POST", "/api/v1/me/second-factor/recovery-codes", e.token(), body(nextCode(e.secret())));
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        String fresh = renewed.json().get("codes").values().iterator().next().getStringValue();
        assertThat(browserLogin(p, PASSWORD, e.recoveryCodes().get(0), "192.0.2.50").isAuthenticated()).as("an old code").isFalse();
        assertThat(browserLogin(p, PASSWORD, fresh, "192.0.2.50").isAuthenticated()).as("a new code").isTrue();

        assertThat(api.send("DELETE", "/api/v1/me/second-factor", e.token(), body(wrong)).status()).isEqualTo(400);
        // the step after next: the renewal used up the next one
        String later = Totp.codeAt(e.secret(), Instant.now().plusSeconds(30));
        Api.Response off = api.send("DELETE", "/api/v1/me/second-factor", e.token(), body(later));
        if (off.status() == 400) { // the renewal's code was of that step: wait for the next one
            sleepToNextStep();
            off = api.send("DELETE", "/api/v1/me/second-factor", e.token(), body(nextCode(e.secret())));
        }
        assertThat(off.status()).as(off.body()).isEqualTo(204);
        assertThat(api.login(p.username(), PASSWORD).status()).as("password alone again").isEqualTo(200);
        assertThat(OwnerSql.value("select count(*) from recovery_code where user_id = " + p.userId())).isEqualTo("0");
    }

    private static void sleepToNextStep() {
        try {
            Thread.sleep(30_000 - (System.currentTimeMillis() % 30_000) + 200);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anOrganisationThatRequiresASecondFactorLetsItsPeopleInToEnrolFirst() {
        Person p = person();
        OwnerSql.exec("update organisation set second_factor_required = true where organisation_id = " + p.organisationId());
        Api.Response in = api.login(p.username(), PASSWORD);
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        String token = in.text("access_token");
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);
        Api.Response refused = api.get("/api/v1/me/sessions", token);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("SECOND_FACTOR_ENROLMENT_REQUIRED");
        assertThat(api.get("/api/v1/me/second-factor", token).body()).contains("\"required\":true");

        Enrolled e = enrol(token, in.text("refresh_token"));
        Api.Response off = api.send("DELETE", "/api/v1/me/second-factor", token, body(nextCode(e.secret())));
        assertThat(off.status()).isEqualTo(409);
        assertThat(off.body()).contains("SECOND_FACTOR_REQUIRED");

        // the refresh after enrolling issues a token without the restriction
        Api.Response refreshed = api.send("POST", "/api/v1/auth/token", null,
                "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + e.refreshToken() + "\"}");
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/me/sessions", refreshed.text("access_token")).status()).isEqualTo(200);
    }

    @Test
    void anOrganisationThatSwitchedLocalLoginOffRefusesARightPasswordOnly() {
        Person p = person();
        OwnerSql.exec("update organisation set local_login_allowed = false where organisation_id = " + p.organisationId());
        Api.Response right = api.login(p.username(), PASSWORD);
        assertThat(right.status()).isEqualTo(403);
        assertThat(right.body()).contains("LOCAL_LOGIN_DISABLED").contains("eigen inlogdienst");
        Api.Response wrong = api.login(p.username(), "een fout wachtwoord");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("LOGIN_FAILED");
        assertThat(browserLogin(p, PASSWORD, null, "192.0.2.60").getMessage().orElse("")).contains("LOCAL_LOGIN_DISABLED");
    }

    @Test
    void theBeheerderResetsASecondFactor() {
        Person p = person();
        enrol(p);
        assertThat(api.login(p.username(), PASSWORD).status()).isEqualTo(401);
        Api.Response refused = api.send("POST", "/api/v1/admin/people/" + p.userId() + "/second-factor/reset",
                api.token("gemeente.amsterdam"), null);
        assertThat(refused.status()).isEqualTo(403);
        Api.Response reset = api.send("POST", "/api/v1/admin/people/" + p.userId() + "/second-factor/reset",
                api.token("beheerder"), null);
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        assertThat(api.login(p.username(), PASSWORD).status()).as("the password alone again").isEqualTo(200);
        assertThat(OwnerSql.value("select count(*) from audit_event where action = 'SECOND_FACTOR_RESET' and entity_id = '"
                + p.userId() + "'") + OwnerSql.value("select count(*) from platform_audit_event where action = 'SECOND_FACTOR_RESET' "
                + "and entity_id = '" + p.userId() + "'")).isNotEqualTo("00");
    }

    @Test
    void theBeheerderSetsAnOrganisationsLoginPolicyWithOptimisticLocking() {
        Person p = person();
        String beheerder = api.token("beheerder");
        String path = "/api/v1/admin/organisations/" + p.organisationId();
        JsonNode before = api.get(path, beheerder).json();
        assertThat(before.get("secondFactorRequired").getBooleanValue()).isFalse();
        assertThat(before.get("localLoginAllowed").getBooleanValue()).isTrue();
        assertThat(Api.allowedActions(before)).contains("LOGIN_POLICY");
        int version = before.get("version").getIntValue();
        Api.Response set = api.send("PUT", path + "/login-policy", beheerder,
                "{\"secondFactorRequired\":true,\"localLoginAllowed\":true,\"version\":" + version + "}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("secondFactorRequired").getBooleanValue()).isTrue();
        Api.Response stale = api.send("PUT", path + "/login-policy", beheerder,
                "{\"secondFactorRequired\":false,\"localLoginAllowed\":true,\"version\":" + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(OwnerSql.value("select second_factor_required from organisation where organisation_id = " + p.organisationId()))
                .isEqualTo("t");
        Api.Response noBody = api.send("PUT", path + "/login-policy", beheerder, "{\"version\":" + (version + 1) + "}");
        assertThat(noBody.status()).isEqualTo(400);

        long platform = tx.read(Scope.SYSTEM, () -> organisations.platform().orElseThrow().organisationId());
        int platformVersion = Integer.parseInt(OwnerSql.value("select version from organisation where organisation_id = " + platform));
        Api.Response platformOff = api.send("PUT", "/api/v1/admin/organisations/" + platform + "/login-policy", beheerder,
                "{\"secondFactorRequired\":false,\"localLoginAllowed\":false,\"version\":" + platformVersion + "}");
        assertThat(platformOff.status()).isEqualTo(400);
        assertThat(platformOff.body()).contains("PLATFORM_LOCAL_LOGIN");

        Api.Response officer = api.send("PUT", path + "/login-policy", api.token("gemeente.amsterdam"),
                "{\"secondFactorRequired\":false,\"localLoginAllowed\":true,\"version\":" + (version + 1) + "}");
        assertThat(officer.status()).isEqualTo(403);
    }

    @Test
    void aRegioBeheerderSetsTheLoginPolicyOfTheGemeentenOfItsRegionOnly() {
        // regio.mra as regio beheerder: its membership manages people
        OwnerSql.exec("update membership set manages_people = true where user_id = (select user_id from app_user where username = 'regio.mra')");
        String amsterdam = OwnerSql.value("select organisation_id from organisation where municipality_code = 'GM0363'");
        String path = "/api/v1/admin/organisations/" + amsterdam + "/login-policy";
        String body = "{\"secondFactorRequired\":false,\"localLoginAllowed\":true,\"version\":"
                + OwnerSql.value("select version from organisation where organisation_id = " + amsterdam) + "}";
        Api.Response own = api.send("PUT", path, api.token("regio.mra"), body);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        String enschede = OwnerSql.value("select organisation_id from organisation where municipality_code = 'GM0153'");
        Api.Response foreign = api.send("PUT", "/api/v1/admin/organisations/" + enschede + "/login-policy", api.token("regio.mra"),
                "{\"secondFactorRequired\":true,\"localLoginAllowed\":true,\"version\":"
                        + OwnerSql.value("select version from organisation where organisation_id = " + enschede) + "}");
        assertThat(foreign.status()).as("another region's gemeente").isIn(403, 404);
        assertThat(OwnerSql.value("select second_factor_required from organisation where organisation_id = " + enschede)).isEqualTo("f");
        assertThat(api.send("PUT", path, api.token("gemeente.amsterdam"), body).status()).as("not a beheerder").isEqualTo(403);
        long platform = tx.read(Scope.SYSTEM, () -> organisations.platform().orElseThrow().organisationId());
        Api.Response platformPolicy = api.send("PUT", "/api/v1/admin/organisations/" + platform + "/login-policy", api.token("regio.mra"),
                "{\"secondFactorRequired\":true,\"localLoginAllowed\":true,\"version\":0}");
        assertThat(platformPolicy.status()).isIn(403, 404);
    }
}
