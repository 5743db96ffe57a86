package nl.thuisplan.people.admin;

import nl.thuisplan.support.MailedLinks;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.MailApiTest;
import nl.thuisplan.support.OwnerSql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The people administration through HTTP, with the invitation mail read back from a real SMTP
 * server in the test JVM: invitations and their links, edits, deactivation, unlock, resets,
 * memberships, the audit, and the safety cases of issue 13 ("Bad input and safety").
 * regio.mra is made a regio beheerder here (the demo has none).
 */
@MicronautTest(transactional = false)
class PeopleAdminTest extends MailApiTest {

    private static final String PASSWORD = "Zomer aan de Maas 2026!";


    @Inject
    Api api;
    @Inject
    AdminFixtures fixtures;

    @BeforeAll
    void regioBeheerder() {
        AdminFixtures.makeRegioMraBeheerder();
    }

    @BeforeEach
    void emptyMailbox() {
        mail.clear();
    }

    // --- invitations ---------------------------------------------------------------------------

    @Test
    void anInvitationIsMailedAndItsLinkSetsThePasswordToLogInWith() throws Exception {
        Response sent = invite("regio.mra", "Ada.Invite@Amsterdam.example", "Ada de Vries", amsterdam(), "MUNICIPALITY_OFFICER", null);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        JsonNode person = sent.json().get("person");
        assertThat(person.get("status").getStringValue()).isEqualTo("INVITED");
        assertThat(person.get("email").getStringValue()).isEqualTo("ada.invite@amsterdam.example");
        assertThat(person.get("invitation").get("createdBy").getStringValue()).isEqualTo("regio.mra");
        assertThat(Api.allowedActions(person)).contains("INVITE_AGAIN", "REVOKE_INVITATION").doesNotContain("RESET_PASSWORD");
        assertThat(sent.json().get("invitation").get("mailed").getBooleanValue()).isTrue();
        assertThat(sent.json().get("invitation").get("link").isNull()).isTrue();

        MimeMessage message = mail.await(1);
        assertThat(message.getSubject()).isEqualTo("Uitnodiging voor Thuisplan");
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("ada.invite@amsterdam.example");
        String body = MailedLinks.body(message);
        assertThat(body).contains("Programmamanager MRA").contains("Amsterdam").contains("beleidsmedewerker")
                .contains("https://thuisplan.test/wachtwoord/nieuw?token=").contains("geldig tot");
        String token = MailedLinks.token(message);

        Response link = api.get("/api/v1/auth/links/" + token, null);
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        assertThat(link.text("purpose")).isEqualTo("INVITATION");
        assertThat(setPassword(token).status()).isEqualTo(204);
        Response login = api.login("ada.invite@amsterdam.example", PASSWORD);
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        long id = person.get("id").getLongValue();
        assertThat(detail("beheerder", id).json().get("status").getStringValue()).isEqualTo("ACTIVE");
        // the invitation and the first membership are audited in the region of Amsterdam
        assertThat(AdminFixtures.column("select e.action || '@' || r.code from audit_event e join region r using (region_id) "
                + "where e.entity_type = 'person' and e.entity_id = '" + id + "' and e.action = 'PERSON_INVITED'"))
                .containsExactly("PERSON_INVITED@MRA");
        assertThat(AdminFixtures.column("select action from audit_event where entity_type = 'membership' and actor = 'regio.mra' "
                + "and entity_id in (select membership_id::text from membership where user_id = " + id + ")"))
                .containsExactly("MEMBERSHIP_ADDED");
    }

    @Test
    void aSecondInvitationRevokesTheFirstLinkAndARevokedOneIsRefused() {
        Response sent = invite("beheerder", "bram.twice@amsterdam.example", "Bram Twee", amsterdam(), "MUNICIPALITY_OFFICER", null);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long id = sent.json().get("person").get("id").getLongValue();
        String first = MailedLinks.token(mail.await(1));

        Response again = api.send("POST", "/api/v1/admin/people/" + id + "/invitation", api.token("beheerder"), null);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        String second = MailedLinks.token(mail.await(2));
        assertThat(second).isNotEqualTo(first);
        assertInvalid(api.get("/api/v1/auth/links/" + first, null));
        assertThat(api.get("/api/v1/auth/links/" + second, null).status()).isEqualTo(200);

        assertThat(api.send("DELETE", "/api/v1/admin/people/" + id + "/invitation", api.token("beheerder"), null).status())
                .isEqualTo(204);
        assertInvalid(setPassword(second));
        assertThat(detail("beheerder", id).json().get("invitation").isNull()).isTrue();
        assertThat(auditOf(id)).contains("PERSON_INVITED", "INVITATION_RENEWED", "INVITATION_REVOKED");
    }

    @Test
    void anExpiredRevokedOrReusedInvitationIsRefused() {
        long expired = inviteAndId("cor.expired@amsterdam.example");
        String expiredToken = MailedLinks.token(mail.await(1));
        OwnerSql.exec("update one_time_link set expires_at = now() - interval '1 minute', created_at = now() - interval '8 days' "
                + "where user_id = " + expired);
        assertInvalid(setPassword(expiredToken));

        long used = inviteAndId("dirk.reused@amsterdam.example");
        String usedToken = MailedLinks.token(mail.await(2));
        assertThat(setPassword(usedToken).status()).isEqualTo(204);
        assertInvalid(setPassword(usedToken));

        long revoked = inviteAndId("eva.revoked@amsterdam.example");
        String revokedToken = MailedLinks.token(mail.await(3));
        api.send("DELETE", "/api/v1/admin/people/" + revoked + "/invitation", api.token("beheerder"), null);
        assertInvalid(setPassword(revokedToken));
        assertThat(used).isNotEqualTo(revoked);
    }

    @Test
    void aDeactivatedOrActivePersonCannotBeInvitedAgain() {
        long active = fixtures.officer(AdminFixtures.AMSTERDAM);
        assertProblem(api.send("POST", "/api/v1/admin/people/" + active + "/invitation", api.token("beheerder"), null), 409,
                "STATUS_CONFLICT");
        long invited = fixtures.invitedOfficer(AdminFixtures.AMSTERDAM);
        assertThat(deactivate("beheerder", invited).status()).isEqualTo(200);
        assertProblem(api.send("POST", "/api/v1/admin/people/" + invited + "/invitation", api.token("beheerder"), null), 409,
                "STATUS_CONFLICT");
    }

    // --- the safety cases of the issue -----------------------------------------------------------

    @Test
    void aRegioBeheerderCannotInviteIntoAnotherRegion() {
        assertProblem(invite("regio.mra", "frank.ens@enschede.example", "Frank", enschede(), "MUNICIPALITY_OFFICER", null), 403,
                "SCOPE_NOT_ALLOWED");
        assertProblem(invite("regio.mra", "gert.ens@enschede.example", "Gert",
                fixtures.organisationId("REGIO", "ENS"), "REGION_PROGRAMME_MANAGER", null), 403, "SCOPE_NOT_ALLOWED");
        assertThat(AdminFixtures.column("select count(*) from app_user where email like '%@enschede.example'")).containsExactly("0");
    }

    @Test
    void aRegioBeheerderCannotGrantAPlatformRole() {
        assertProblem(invite("regio.mra", "hans.platform@example.org", "Hans", fixtures.organisationId("PLATFORM", null),
                "PLATFORM_ADMIN", null), 403, "ROLE_NOT_ALLOWED");
        assertProblem(invite("regio.mra", "ina.provincie@example.org", "Ina", fixtures.organisationId("PROVINCIE", "PV27"),
                "PROVINCE_ANALYST", null), 403, "ROLE_NOT_ALLOWED");
        // nor the management of people
        Response managing = api.send("POST", "/api/v1/admin/invitations", api.token("regio.mra"), """
                {"email":"jan.manager@mra.example","displayName":"Jan","organisationId":%d,"role":"REGION_PROGRAMME_MANAGER",
                 "managesPeople":true}""".formatted(fixtures.organisationId("REGIO", "MRA")));
        assertProblem(managing, 403, "ROLE_NOT_ALLOWED");
        long member = fixtures.officer(AdminFixtures.AMSTERDAM);
        assertProblem(addMembership("regio.mra", member, fixtures.organisationId("PLATFORM", null), "PLATFORM_ADMIN", null),
                403, "ROLE_NOT_ALLOWED");
    }

    @Test
    void aRegioBeheerderCannotGiveAScopeWiderThanItsRegion() {
        long corporatie = fixtures.corporatieId();
        OwnerSql.exec("insert into organisation_region (region_id, organisation_id, organisation_kind) "
                + "select r.region_id, o.organisation_id, o.kind from region r, organisation o where r.code = 'ENS' "
                + "and o.organisation_id = " + corporatie + " on conflict do nothing");
        assertProblem(invite("regio.mra", "kees.partner@corporatie.example", "Kees", corporatie, "CORPORATIE_MEDEWERKER", "ENS"),
                403, "SCOPE_NOT_ALLOWED");
        Response own = invite("regio.mra", "lies.partner@corporatie.example", "Lies", corporatie, "CORPORATIE_MEDEWERKER", "MRA");
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        long member = own.json().get("person").get("id").getLongValue();
        assertProblem(addMembership("regio.mra", member, enschede(), "MUNICIPALITY_OFFICER", null), 403, "SCOPE_NOT_ALLOWED");
        assertProblem(addMembership("regio.mra", member, fixtures.organisationId("PROVINCIE", "PV27"), "PROVINCE_ANALYST", null),
                403, "ROLE_NOT_ALLOWED");
        // and people outside its region are not even visible to it
        long foreign = fixtures.officer(AdminFixtures.ENSCHEDE);
        assertProblem(api.getAs("regio.mra", "/api/v1/admin/people/" + foreign), 404, "NOT_FOUND");
        assertProblem(deactivate("regio.mra", foreign), 404, "NOT_FOUND");
    }

    @Test
    void nobodyRaisesTheirOwnRole() {
        long regio = AdminFixtures.userId("regio.mra");
        assertProblem(addMembership("regio.mra", regio, fixtures.organisationId("GEMEENTE", AdminFixtures.AMSTERDAM),
                "MUNICIPALITY_OFFICER", null), 403, "FORBIDDEN");
        long ownMembership = Long.parseLong(AdminFixtures.column("select membership_id from membership where user_id = " + regio).get(0));
        assertProblem(api.send("PUT", "/api/v1/admin/memberships/" + ownMembership, api.token("regio.mra"),
                "{\"validTo\":null,\"managesPeople\":true,\"version\":0}"), 403, "FORBIDDEN");
        assertThat(Api.allowedActions(detail("regio.mra", regio).json())).isEmpty();

        long beheerder = AdminFixtures.userId("beheerder");
        assertProblem(addMembership("beheerder", beheerder, fixtures.organisationId("REGIO", "MRA"), "REGION_PROGRAMME_MANAGER",
                null), 403, "FORBIDDEN");
        assertThat(Api.allowedActions(detail("beheerder", beheerder).json())).doesNotContain("ADD_MEMBERSHIP");
    }

    @Test
    void aGemeenteMedewerkerGets403OnTheAdministration() {
        long someone = fixtures.officer(AdminFixtures.AMSTERDAM);
        for (String[] call : List.of(new String[] {"GET", "/api/v1/admin/people"}, new String[] {"GET", "/api/v1/admin/people/" + someone},
                new String[] {"POST", "/api/v1/admin/people/" + someone + "/unlock"},
                new String[] {"GET", "/api/v1/admin/people/" + someone + "/sessions"})) {
            assertProblem(api.send(call[0], call[1], api.token("gemeente.amsterdam"), null), 403, "FORBIDDEN");
        }
        // a programme manager without managesPeople likewise
        assertProblem(api.getAs("regio.ens", "/api/v1/admin/people"), 403, "FORBIDDEN");
    }

    @Test
    void aDuplicateAddressIsRefusedWithAClearMessage() {
        long existing = fixtures.officer(AdminFixtures.AMSTERDAM);
        String email = fixtures.email(existing);
        Response twice = invite("beheerder", email.toUpperCase(), "Dubbel", amsterdam(), "MUNICIPALITY_OFFICER", null);
        assertProblem(twice, 409, "EMAIL_TAKEN");
        assertThat(twice.text("detail")).contains("e-mailadres");

        long other = fixtures.officer(AdminFixtures.AMSTERDAM);
        Response edit = api.send("PUT", "/api/v1/admin/people/" + other, api.token("beheerder"),
                "{\"displayName\":\"Ander\",\"email\":\"" + email + "\",\"version\":" + AdminFixtures.version(other) + "}");
        assertProblem(edit, 409, "EMAIL_TAKEN");
    }

    @Test
    void overlappingMembershipsOfTheSamePersonOrganisationAndRoleAreRefused() {
        long person = fixtures.officer(AdminFixtures.AMSTERDAM);
        assertProblem(addMembership("beheerder", person, amsterdam(), "MUNICIPALITY_OFFICER", "2026-01-01"), 409,
                "MEMBERSHIP_OVERLAPS");
        Response other = addMembership("regio.mra", person, fixtures.organisationId("GEMEENTE", "GM0384"), "MUNICIPALITY_OFFICER",
                "2026-01-01");
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        assertThat(other.json().get("municipality").get("code").getStringValue()).isEqualTo("GM0384");
    }

    @Test
    void badInputIsRefusedFieldByField() {
        String tooLong = "a".repeat(250) + "@x.nl";
        assertField(invite("beheerder", tooLong, "Naam", amsterdam(), "MUNICIPALITY_OFFICER", null), "email");
        assertField(invite("beheerder", "geen-adres", "Naam", amsterdam(), "MUNICIPALITY_OFFICER", null), "email");
        assertField(invite("beheerder", "nul@x.nl", "Na\\u0000am", amsterdam(), "MUNICIPALITY_OFFICER", null), "displayName");
        assertField(invite("beheerder", "tab@x.nl", "Na\\tam", amsterdam(), "MUNICIPALITY_OFFICER", null), "displayName");
        assertField(invite("beheerder", "lang@x.nl", "n".repeat(201), amsterdam(), "MUNICIPALITY_OFFICER", null), "displayName");
        Response ancient = api.send("POST", "/api/v1/admin/invitations", api.token("beheerder"), """
                {"email":"oud@x.nl","displayName":"Oud","organisationId":%d,"role":"MUNICIPALITY_OFFICER","validFrom":"1900-01-01"}"""
                .formatted(amsterdam()));
        assertField(ancient, "validFrom");
        assertField(invite("beheerder", "rol@x.nl", "Rol", amsterdam(), "REGION_PROGRAMME_MANAGER", null), "role");
        assertThat(api.send("GET", "/api/v1/admin/people?limit=201", api.token("beheerder"), null).status()).isEqualTo(400);
        assertThat(AdminFixtures.column("select count(*) from app_user where email like '%@x.nl'")).containsExactly("0");
    }

    @Test
    void aBulkFileWithABadRowChangesNothing() {
        String csv = """
                email,naam,organisatie,rol,regio,beheert_mensen,geldig_vanaf,geldig_tot
                bulk.een@amsterdam.example,Bulk Een,GM0363,MUNICIPALITY_OFFICER,,,2026-01-01,
                bulk.twee@enschede.example,Bulk Twee,GM0153,MUNICIPALITY_OFFICER,,,2026-01-01,
                bulk.drie@amsterdam.example,Bulk Drie,GM0363,PLATFORM_ADMIN,,nee,1-1-2026,
                geen-adres,Bulk Vier,GM0384,MUNICIPALITY_OFFICER,,,,
                """;
        Response refused = api.upload("/api/v1/admin/invitations/bulk?dryRun=false", api.token("regio.mra"), "mensen.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertProblem(refused, 422, "INVITATION_IMPORT_INVALID");
        List<String> errors = new ArrayList<>();
        refused.json().get("errors").values().forEach(e -> errors.add(e.get("row").getIntValue() + ":" + e.get("column").getStringValue()
                + ":" + e.get("code").getStringValue()));
        assertThat(errors).containsExactly("3:organisatie:SCOPE_NOT_ALLOWED", "4:rol:ROLE_MISMATCH", "5:email:INVALID_EMAIL");
        assertThat(AdminFixtures.column("select count(*) from app_user where email like 'bulk.%'")).containsExactly("0");
        assertThat(mail.smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aBulkFileIsCheckedByADryRunAndThenInvitesEveryone() {
        String csv = """
                email;naam;organisatie;rol;regio;beheert_mensen;geldig_vanaf;geldig_tot
                massa.een@amsterdam.example;Massa Een;GM0363;MUNICIPALITY_OFFICER;;;;
                massa.twee@corporatie.example;Massa Twee;%s;corporatie_medewerker;MRA;nee;2026-01-01;2027-12-31
                """.formatted(AdminFixtures.column("select kvk_number from organisation where organisation_id = "
                + fixtures.corporatieId()).get(0));
        byte[] file = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Response dry = api.upload("/api/v1/admin/invitations/bulk?dryRun=true", api.token("regio.mra"), "mensen.csv", file);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("rows").getIntValue()).isEqualTo(2);
        assertThat(dry.json().get("invited").getIntValue()).isZero();
        assertThat(AdminFixtures.column("select count(*) from app_user where email like 'massa.%'")).containsExactly("0");

        Response done = api.upload("/api/v1/admin/invitations/bulk?dryRun=false", api.token("regio.mra"), "mensen.csv", file);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("invited").getIntValue()).isEqualTo(2);
        mail.await(2);
        assertThat(AdminFixtures.column("select m.role || '@' || coalesce(m.valid_to::text, '-') from app_user u join membership m "
                + "using (user_id) where u.email like 'massa.%' order by u.email"))
                .containsExactly("MUNICIPALITY_OFFICER@-", "CORPORATIE_MEDEWERKER@2027-12-31");
        // the same file again: both addresses are taken now, and nothing changes
        Response again = api.upload("/api/v1/admin/invitations/bulk?dryRun=false", api.token("regio.mra"), "mensen.csv", file);
        assertProblem(again, 422, "INVITATION_IMPORT_INVALID");
        assertThat(again.body()).contains("EMAIL_TAKEN");
    }

    // --- edits, locking, status ------------------------------------------------------------------

    @Test
    void anEditWithAStaleVersionIsAConflictThatCarriesTheCurrentState() {
        long id = fixtures.officer(AdminFixtures.AMSTERDAM);
        long version = detail("beheerder", id).json().get("version").getLongValue();
        Response first = api.send("PUT", "/api/v1/admin/people/" + id, api.token("regio.mra"),
                "{\"displayName\":\"Nieuwe Naam\",\"email\":\"nieuw." + id + "@amsterdam.example\",\"version\":" + version + "}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.text("displayName")).isEqualTo("Nieuwe Naam");
        Response stale = api.send("PUT", "/api/v1/admin/people/" + id, api.token("beheerder"),
                "{\"displayName\":\"Andere Naam\",\"email\":\"ander." + id + "@amsterdam.example\",\"version\":" + version + "}");
        assertProblem(stale, 409, "VERSION_CONFLICT");
        assertThat(stale.json().get("current").get("displayName").getStringValue()).isEqualTo("Nieuwe Naam");
        assertThat(auditOf(id)).containsOnly("PERSON_CHANGED");

        long membership = first.json().get("memberships").get(0).get("id").getLongValue();
        Response ended = api.send("PUT", "/api/v1/admin/memberships/" + membership, api.token("regio.mra"),
                "{\"validTo\":\"2026-12-31\",\"managesPeople\":false,\"version\":0}");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.text("validTo")).isEqualTo("2026-12-31");
        assertProblem(api.send("PUT", "/api/v1/admin/memberships/" + membership, api.token("regio.mra"),
                "{\"validTo\":\"2026-06-30\",\"managesPeople\":false,\"version\":0}"), 409, "VERSION_CONFLICT");
    }

    @Test
    void deactivationEndsEverySessionAndActivationBringsThePersonBack() {
        long id = fixtures.officer(AdminFixtures.AMSTERDAM);
        String email = fixtures.email(id);
        String refresh = api.login(email, Api.DEMO_PASSWORD).text("refresh_token");
        Response off = deactivate("regio.mra", id);
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.text("status")).isEqualTo("DEACTIVATED");
        assertThat(Api.allowedActions(off.json())).contains("ACTIVATE").doesNotContain("DEACTIVATE");
        Response refused = api.send("POST", "/api/v1/auth/token", null,
                "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + refresh + "\"}");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(AdminFixtures.column("select distinct revoked_reason from refresh_token where user_id = " + id))
                .containsExactly("DEACTIVATED");
        assertThat(api.login(email, Api.DEMO_PASSWORD).status()).isEqualTo(401);

        Response on = api.send("POST", "/api/v1/admin/people/" + id + "/activate", api.token("regio.mra"),
                "{\"version\":" + off.json().get("version").getLongValue() + "}");
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        assertThat(on.text("status")).isEqualTo("ACTIVE");
        assertThat(api.login(email, Api.DEMO_PASSWORD).status()).isEqualTo(200);
        assertThat(auditOf(id)).contains("PERSON_DEACTIVATED", "PERSON_ACTIVATED");
    }

    @Test
    void aLockedAccountIsUnlockedByTheBeheerder() {
        long id = fixtures.officer(AdminFixtures.AMSTERDAM);
        OwnerSql.exec("update credential set locked_until = now() + interval '15 minutes' where user_id = " + id);
        Response locked = detail("regio.mra", id);
        assertThat(locked.json().get("locked").getBooleanValue()).isTrue();
        assertThat(Api.allowedActions(locked.json())).contains("UNLOCK");
        Response unlocked = api.send("POST", "/api/v1/admin/people/" + id + "/unlock", api.token("regio.mra"), null);
        assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
        assertThat(unlocked.json().get("locked").getBooleanValue()).isFalse();
        assertThat(api.login(fixtures.email(id), Api.DEMO_PASSWORD).status()).isEqualTo(200);
        assertThat(auditOf(id)).containsExactly("PERSON_UNLOCKED");
    }

    @Test
    void theBeheerderSendsAResetLink() throws Exception {
        long id = fixtures.officer(AdminFixtures.AMSTERDAM);
        Response reset = api.send("POST", "/api/v1/admin/people/" + id + "/password-reset", api.token("beheerder"), null);
        assertThat(reset.status()).as(reset.body()).isEqualTo(202);
        assertThat(reset.json().get("mailed").getBooleanValue()).isTrue();
        MimeMessage message = mail.await(1);
        assertThat(message.getSubject()).isEqualTo("Nieuw wachtwoord voor Thuisplan");
        assertThat(setPassword(MailedLinks.token(message)).status()).isEqualTo(204);
        assertThat(api.login(fixtures.email(id), PASSWORD).status()).isEqualTo(200);
        assertThat(auditOf(id)).contains("PASSWORD_RESET_SENT");
    }

    @Test
    void theListShowsTheRegioBeheerderOnlyItsRegion() {
        long own = fixtures.officer(AdminFixtures.AMSTERDAM);
        long foreign = fixtures.officer(AdminFixtures.ENSCHEDE);
        List<Long> mra = ids(api.getAs("regio.mra", "/api/v1/admin/people?limit=200"));
        assertThat(mra).contains(own, AdminFixtures.userId("gemeente.amsterdam")).doesNotContain(foreign,
                AdminFixtures.userId("beheerder"), AdminFixtures.userId("gemeente.enschede"));
        List<Long> all = ids(api.getAs("beheerder", "/api/v1/admin/people?limit=200"));
        assertThat(all).contains(own, foreign, AdminFixtures.userId("beheerder"));
        Response found = api.getAs("beheerder", "/api/v1/admin/people?q=" + fixtures.email(foreign).substring(0, 12) + "&status=ACTIVE");
        assertThat(ids(found)).contains(foreign);
        assertThat(found.json().get("total").getLongValue()).isGreaterThanOrEqualTo(1);
        assertThat(ids(api.getAs("beheerder", "/api/v1/admin/people?status=DEACTIVATED&limit=200"))).doesNotContain(own, foreign);
        assertThat(ids(api.getAs("beheerder", "/api/v1/admin/people?regionCode=ENS&limit=200"))).contains(foreign).doesNotContain(own);
    }

    @Test
    void theRegioBeheerderManagesTheSessionsOfItsOwnRegionsPeople() {
        long own = fixtures.officer(AdminFixtures.AMSTERDAM);
        api.login(fixtures.email(own), Api.DEMO_PASSWORD);
        Response sessions = api.getAs("regio.mra", "/api/v1/admin/people/" + own + "/sessions");
        assertThat(sessions.status()).as(sessions.body()).isEqualTo(200);
        assertThat(sessions.json().size()).isEqualTo(1);
        assertThat(api.send("POST", "/api/v1/admin/people/" + own + "/sessions/revoke-all", api.token("regio.mra"), null).status())
                .isEqualTo(204);
        long foreign = fixtures.officer(AdminFixtures.ENSCHEDE);
        assertProblem(api.getAs("regio.mra", "/api/v1/admin/people/" + foreign + "/sessions"), 404, "NOT_FOUND");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private long amsterdam() {
        return fixtures.organisationId("GEMEENTE", AdminFixtures.AMSTERDAM);
    }

    private long enschede() {
        return fixtures.organisationId("GEMEENTE", AdminFixtures.ENSCHEDE);
    }

    private long inviteAndId(String email) {
        Response r = invite("beheerder", email, "Iemand", amsterdam(), "MUNICIPALITY_OFFICER", null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("person").get("id").getLongValue();
    }

    private Response invite(String as, String email, String name, long organisationId, String role, String regionCode) {
        return api.send("POST", "/api/v1/admin/invitations", api.token(as), """
                {"email":"%s","displayName":"%s","organisationId":%d,"role":"%s"%s}""".formatted(email, name, organisationId, role,
                regionCode == null ? "" : ",\"regionCode\":\"" + regionCode + "\""));
    }

    private Response addMembership(String as, long userId, long organisationId, String role, String validFrom) {
        return api.send("POST", "/api/v1/admin/people/" + userId + "/memberships", api.token(as), """
                {"organisationId":%d,"role":"%s","validFrom":"%s"}""".formatted(organisationId, role,
                validFrom == null ? "2026-01-01" : validFrom));
    }

    private Response deactivate(String as, long userId) {
        return api.send("POST", "/api/v1/admin/people/" + userId + "/deactivate", api.token(as),
                "{\"version\":" + AdminFixtures.version(userId) + "}");
    }

    private Response detail(String as, long userId) {
        Response r = api.getAs(as, "/api/v1/admin/people/" + userId);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r;
    }

    private Response setPassword(String token) {
        return api.send("POST", "/api/v1/auth/links/" + token + "/password", null, "{\"password\":\"" + PASSWORD + "\"}");
    }

    private static List<String> auditOf(long userId) {
        return AdminFixtures.column("select action from audit_event where entity_type = 'person' and entity_id = '" + userId
                + "' union all select action from platform_audit_event where entity_type = 'person' and entity_id = '" + userId + "'");
    }

    private static List<Long> ids(Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<Long> out = new ArrayList<>();
        page.json().get("items").values().forEach(i -> out.add(i.get("id").getLongValue()));
        return out;
    }

    static void assertProblem(Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.text("code")).as(r.body()).isEqualTo(code);
    }

    private static void assertInvalid(Response r) {
        assertProblem(r, 410, "LINK_INVALID");
    }

    private static void assertField(Response r, String field) {
        assertProblem(r, 400, "VALIDATION_FAILED");
        List<String> fields = new ArrayList<>();
        r.json().get("fields").values().forEach(f -> fields.add(f.get("field").getStringValue()));
        assertThat(fields).as(r.body()).anyMatch(f -> f.endsWith(field));
    }
}
