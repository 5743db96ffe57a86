package nl.thuisplan.auth.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.OwnerSql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The OIDC login against a real OpenID provider in this JVM (mock-oauth2-server speaks the protocol:
 * discovery, JWKS, authorize, token endpoint with PKCE), driven over HTTP as a browser would: Thuisplan's
 * login address, the provider's authorize redirect, the callback with Micronaut's state, nonce and PKCE
 * cookies, then the session cookie. Two providers as configured by an operator: a gemeente (Amsterdam,
 * GM0363, approved domain amsterdam.example) and the demo woningcorporatie (KvK 00000001).
 */
@MicronautTest
class SsoLoginTest extends ApiTest {

    private static final MockOAuth2Server PROVIDER = started();
    private static final String GEMEENTE = "gemeente";
    private static final String CORPORATIE = "corporatie";
    /**
     * The gemeente's provider once more, but its token endpoint is this test's: it answers with the ID token
     * a test puts in {@link #NEXT_TOKEN} (forged, for another audience, issuer or nonce), as an attacker in
     * the middle or a broken provider would.
     */
    private static final String PROXY = "proxy";
    private static final AtomicReference<String> NEXT_TOKEN = new AtomicReference<>();
    private static final HttpServer TOKEN_ENDPOINT = tokenEndpoint();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;
    @Inject
    Api api;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static MockOAuth2Server started() {
        MockOAuth2Server s = new MockOAuth2Server();
        s.start();
        return s;
    }

    private static HttpServer tokenEndpoint() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            s.createContext("/token", exchange -> {
                exchange.getRequestBody().readAllBytes();
                byte[] body = ("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"id_token\":\""
                        + NEXT_TOKEN.get() + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            s.start();
            return s;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
        TOKEN_ENDPOINT.stop(0);
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        Map<String, Object> sso = new HashMap<>();
        sso.putAll(SsoSettings.provider(GEMEENTE, issuer(GEMEENTE), "thuisplan-gemeente", "geheim-1", "Gemeente Amsterdam",
                "GM0363", "amsterdam.example"));
        sso.putAll(SsoSettings.provider(CORPORATIE, issuer(CORPORATIE), "thuisplan-corporatie", "geheim-2", "Woningcorporatie Demo",
                "00000001", ""));
        sso.putAll(SsoSettings.provider(PROXY, issuer(GEMEENTE), "thuisplan-gemeente", "geheim-1", "Gemeente Amsterdam (proxy)",
                "GM0363", ""));
        sso.put("micronaut.security.oauth2.clients." + PROXY + ".openid.token.url",
                "http://127.0.0.1:" + TOKEN_ENDPOINT.getAddress().getPort() + "/token");
        sso.forEach((k, v) -> p.put(k, v instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList()) : String.valueOf(v)));
        // plain HTTP in the test: the session cookies are still HttpOnly and SameSite
        p.put("thuisplan.session.cookie-secure", "false");
        return p;
    }

    private static String issuer(String id) {
        return PROVIDER.issuerUrl(PROXY.equals(id) ? GEMEENTE : id).toString();
    }

    @Test
    void anInvitedGemeenteOfficerLogsInWithExactlyTheirScope() throws Exception {
        Flow flow = login(GEMEENTE, "amsterdam-sub-1", "gemeente.amsterdam@demo.thuisplan.invalid");
        assertThat(flow.location()).isEqualTo("/");
        JsonNode me = me(flow.accessToken());
        assertThat(me.get("username").asText()).isEqualTo("gemeente.amsterdam");
        assertThat(me.get("role").asText()).isEqualTo("MUNICIPALITY_OFFICER");
        assertThat(me.get("municipality").get("code").asText()).isEqualTo("GM0363");
        assertThat(OwnerSql.value("select count(*) from sso_identity where subject = 'amsterdam-sub-1'")).isEqualTo("1");
        assertThat(OwnerSql.value("select provider from sso_session s join app_user u using (user_id) where u.username = 'gemeente.amsterdam'"))
                .isEqualTo(GEMEENTE);
        // the second login finds the link by subject, whatever address the provider now sends
        Flow again = login(GEMEENTE, "amsterdam-sub-1", "nieuw.adres@amsterdam.example");
        assertThat(me(again.accessToken()).get("username").asText()).isEqualTo("gemeente.amsterdam");
    }

    @Test
    void aCorporatieMedewerkerLogsInWithExactlyTheirScope() throws Exception {
        Flow flow = login(CORPORATIE, "corporatie-sub-1", "corporatie.mra@demo.thuisplan.invalid");
        assertThat(flow.location()).isEqualTo("/");
        JsonNode me = me(flow.accessToken());
        assertThat(me.get("role").asText()).isEqualTo("CORPORATIE_MEDEWERKER");
        assertThat(me.get("region").get("code").asText()).isEqualTo("MRA");
        assertThat(me.get("municipality").isNull()).isTrue();
    }

    @Test
    void anUnknownSubjectAtAnApprovedDomainWaitsForApproval() throws Exception {
        Flow flow = login(GEMEENTE, "nieuw-sub-1", "nieuwe.collega@amsterdam.example");
        assertThat(flow.location()).isEqualTo("/login?sso=SSO_AWAITING_APPROVAL");
        assertThat(flow.accessToken()).isNull();
        assertThat(OwnerSql.value("select count(*) from app_user u join sso_identity i using (user_id) "
                + "where u.email = 'nieuwe.collega@amsterdam.example' and i.awaiting_approval "
                + "and not exists (select 1 from membership m where m.user_id = u.user_id)")).isEqualTo("1");
        assertThat(OwnerSql.value("select count(*) from platform_audit_event where action = 'SSO_PERSON_AWAITING_APPROVAL'"))
                .isEqualTo("1");
        // still waiting at the next login
        assertThat(login(GEMEENTE, "nieuw-sub-1", "nieuwe.collega@amsterdam.example").location())
                .isEqualTo("/login?sso=SSO_AWAITING_APPROVAL");

        // the platform beheerder sees the person waiting, and grants a membership with the people admin
        Api.Response people = api.getAs("beheerder", "/api/v1/admin/people?q=nieuwe.collega");
        assertThat(people.status()).isEqualTo(200);
        JsonNode waiting = JSON.readTree(people.body()).get("items").get(0);
        assertThat(waiting.get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        String organisation = OwnerSql.value("select organisation_id from organisation where municipality_code = 'GM0363'");
        Api.Response granted = api.send("POST", "/api/v1/admin/people/" + waiting.get("id").asLong() + "/memberships",
                api.token("beheerder"), "{\"organisationId\":" + organisation + ",\"role\":\"MUNICIPALITY_OFFICER\",\"validFrom\":\""
                        + java.time.LocalDate.now() + "\"}");
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        Flow approved = login(GEMEENTE, "nieuw-sub-1", "nieuwe.collega@amsterdam.example");
        assertThat(approved.location()).isEqualTo("/");
        assertThat(me(approved.accessToken()).get("municipality").get("code").asText()).isEqualTo("GM0363");
        assertThat(JSON.readTree(api.getAs("beheerder", "/api/v1/admin/people?q=nieuwe.collega").body()).get("items").get(0)
                .get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void anUnknownDomainIsRefused() throws Exception {
        Flow flow = login(GEMEENTE, "vreemd-sub-1", "iemand@elders.example");
        assertThat(flow.location()).isEqualTo("/login?sso=SSO_UNKNOWN_PERSON");
        assertThat(flow.accessToken()).isNull();
        assertThat(OwnerSql.value("select count(*) from app_user where email = 'iemand@elders.example'")).isEqualTo("0");
    }

    @Test
    void aPersonOfAnotherOrganisationIsNotLinkedByAddress() throws Exception {
        // the corporatie's provider vouches for the gemeente's officer's address: not its person
        Flow flow = login(CORPORATIE, "diemen-sub-1", "gemeente.diemen@demo.thuisplan.invalid");
        assertThat(flow.location()).isEqualTo("/login?sso=SSO_UNKNOWN_PERSON");
        assertThat(flow.accessToken()).isNull();
    }

    @Test
    void aDeactivatedPersonIsRefusedAtTheNextLogin() throws Exception {
        assertThat(login(GEMEENTE, "nijmegen-sub", "gemeente.nijmegen@demo.thuisplan.invalid").location())
                .isEqualTo("/login?sso=SSO_UNKNOWN_PERSON");
        Flow first = login(GEMEENTE, "enschede-sub", "gemeente.enschede@demo.thuisplan.invalid");
        assertThat(first.location()).isEqualTo("/login?sso=SSO_UNKNOWN_PERSON"); // Enschede is not Amsterdam's
        Flow linked = login(GEMEENTE, "diemen-amsterdam-sub", "gemeente.amsterdam@demo.thuisplan.invalid");
        assertThat(linked.accessToken()).isNotNull();
        assertThat(meStatus(linked.accessToken())).isEqualTo(200);
        OwnerSql.exec("update app_user set active = false where username = 'gemeente.amsterdam'");
        try {
            // the SSO session's very next request is refused, not only the next login
            assertThat(meStatus(linked.accessToken())).isEqualTo(401);
            Flow refused = login(GEMEENTE, "diemen-amsterdam-sub", "gemeente.amsterdam@demo.thuisplan.invalid");
            assertThat(refused.location()).isEqualTo("/login?sso=SSO_DEACTIVATED");
            assertThat(refused.accessToken()).isNull();
        } finally {
            OwnerSql.exec("update app_user set active = true where username = 'gemeente.amsterdam'");
        }
    }

    @Test
    void aWrongAudienceIsRefused() throws Exception {
        Started started = start(PROXY);
        NEXT_TOKEN.set(token(GEMEENTE, "aud-sub", "een-andere-client",
                Map.of("nonce", started.nonce(), "email", "gemeente.amsterdam@demo.thuisplan.invalid")));
        assertRefused(follow(started));
    }

    @Test
    void theProxyPassesAGoodTokenSoTheRefusalsBelowAreTheTokens() throws Exception {
        Started started = start(PROXY);
        NEXT_TOKEN.set(token(GEMEENTE, "proxy-sub", "thuisplan-gemeente",
                Map.of("nonce", started.nonce(), "email", "gemeente.amsterdam@demo.thuisplan.invalid")));
        Flow flow = follow(started);
        assertThat(flow.location()).isEqualTo("/");
        assertThat(me(flow.accessToken()).get("username").asText()).isEqualTo("gemeente.amsterdam");
    }

    @Test
    void anIdTokenSignedByAnotherKeyIsRefused() throws Exception {
        Started started = start(PROXY);
        String kid = JWKSet.load(URI.create(issuer(GEMEENTE) + "/jwks").toURL()).getKeys().get(0).getKeyID();
        RSAKey forger = new RSAKeyGenerator(2048).keyID(kid).generate();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer(GEMEENTE)).subject("forged-sub")
                .audience("thuisplan-gemeente").claim("nonce", started.nonce())
                .claim("email", "gemeente.amsterdam@demo.thuisplan.invalid")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
        forged.sign(new RSASSASigner(forger));
        NEXT_TOKEN.set(forged.serialize());
        assertRefused(follow(started));
    }

    @Test
    void aMismatchedNonceIsRefused() throws Exception {
        Started started = start(PROXY);
        NEXT_TOKEN.set(token(GEMEENTE, "nonce-sub", "thuisplan-gemeente",
                Map.of("nonce", "een-andere-nonce", "email", "gemeente.amsterdam@demo.thuisplan.invalid")));
        assertRefused(follow(started));
    }

    @Test
    void aReplayedNonceIsRefused() throws Exception {
        // the ID token of an earlier login (its nonce), presented to a new one
        Started earlier = start(PROXY);
        Started now = start(PROXY);
        NEXT_TOKEN.set(token(GEMEENTE, "nonce-sub", "thuisplan-gemeente",
                Map.of("nonce", earlier.nonce(), "email", "gemeente.amsterdam@demo.thuisplan.invalid")));
        assertRefused(follow(now));
    }

    @Test
    void aTokenFromAnIssuerThatIsNotConfiguredIsRefused() throws Exception {
        Started started = start(PROXY);
        // properly signed by the provider, but for an issuer nobody configured
        NEXT_TOKEN.set(token("onbekend", "issuer-sub", "thuisplan-gemeente",
                Map.of("nonce", started.nonce(), "email", "gemeente.amsterdam@demo.thuisplan.invalid")));
        assertRefused(follow(started));
    }

    @Test
    void aReplayedOrForeignStateIsRefused() throws Exception {
        // a callback replayed after the login: the browser's state cookie is gone
        Started first = start(GEMEENTE);
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(GEMEENTE, "state-sub", "JWT", null,
                Map.of("email", "gemeente.amsterdam@demo.thuisplan.invalid"), 3600));
        String callback = authorize(first);
        Flow ok = callback(callback, first.cookies());
        assertThat(ok.accessToken()).isNotNull();
        Map<String, String> after = new LinkedHashMap<>(first.cookies());
        ok.cookies().forEach((k, v) -> {
            if (v.isEmpty()) {
                after.remove(k);
            } else {
                after.put(k, v);
            }
        });
        assertRefused(callback(callback, after));
        // a callback of one login presented with another login's cookies
        Started mine = start(GEMEENTE);
        Started theirs = start(GEMEENTE);
        assertRefused(callback(authorize(theirs), mine.cookies()));
    }

    @Test
    void theLoginPageLearnsTheProvidersAndTheOneForAnAddress() throws Exception {
        JsonNode all = JSON.readTree(get("/api/v1/auth/sso").body());
        assertThat(all.get("providers")).hasSize(3);
        assertThat(all.get("match").isNull()).isTrue();
        JsonNode one = JSON.readTree(get("/api/v1/auth/sso?email=Iemand%40Amsterdam.example").body());
        assertThat(one.get("match").asText()).isEqualTo(GEMEENTE);
        assertThat(one.get("matchLoginUrl").asText()).startsWith("/api/v1/auth/oidc/login/gemeente?login_hint=");
        assertThat(get("/api/v1/auth/sso?email=" + "x".repeat(300)).statusCode()).isEqualTo(400);
        // the hint reaches the provider
        HttpResponse<String> login = get("/api/v1/auth/oidc/login/gemeente?login_hint=iemand%40amsterdam.example");
        assertThat(login.headers().firstValue("Location").orElseThrow()).contains("login_hint=iemand%40amsterdam.example")
                .contains("code_challenge=").contains("code_challenge_method=S256").contains("nonce=").contains("state=");
    }

    @Test
    void theProvidersLogoutAddressNamesTheSessionsIdToken() throws Exception {
        Flow flow = login(CORPORATIE, "logout-sub", "corporatie.mra@demo.thuisplan.invalid");
        String sid = SignedJWT.parse(flow.accessToken()).getJWTClaimsSet().getStringClaim("sid");
        SsoLogout logout = server.getApplicationContext().getBean(SsoLogout.class);
        io.micronaut.http.HttpRequest<?> request = io.micronaut.http.HttpRequest.GET("/api/v1/auth/logout")
                .header("Host", "thuisplan.example");
        URI url = logout.endSessionUrl(sid, request).orElseThrow();
        assertThat(url.toString()).startsWith(issuer(CORPORATIE) + "/endsession?id_token_hint=ey")
                .contains("post_logout_redirect_uri=").contains("client_id=thuisplan-corporatie");
        // once: the ID token is forgotten with the session
        assertThat(logout.endSessionUrl(sid, request)).isEmpty();
    }

    // --- the browser's part, by hand ---

    record Started(Map<String, String> cookies, String authorizeUrl, String nonce) {
    }

    record Flow(String location, Map<String, String> cookies) {
        String accessToken() {
            String v = cookies.get("thuisplan_access");
            return v == null || v.isEmpty() ? null : v;
        }
    }

    private Flow login(String provider, String subject, String email) throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(provider, subject, "JWT", null,
                Map.of("email", email, "name", "SSO " + subject), 3600));
        return follow(start(provider));
    }

    private Started start(String provider) throws Exception {
        HttpResponse<String> login = get("/api/v1/auth/oidc/login/" + provider);
        assertThat(login.statusCode()).isBetween(300, 399);
        String location = login.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(issuer(provider));
        Matcher nonce = Pattern.compile("[?&]nonce=([^&]+)").matcher(location);
        assertThat(nonce.find()).isTrue();
        return new Started(cookies(login), location, URLDecoder.decode(nonce.group(1), StandardCharsets.UTF_8));
    }

    private Flow follow(Started started) throws Exception {
        return callback(authorize(started), started.cookies());
    }

    /** The provider's authorize endpoint answers at once with a redirect to the callback (no login form). */
    private String authorize(Started started) throws Exception {
        HttpResponse<String> authorize = http.send(HttpRequest.newBuilder(URI.create(started.authorizeUrl())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String callback = authorize.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(server.getURL() + "/api/v1/auth/oidc/callback/");
        return callback;
    }

    private Flow callback(String url, Map<String, String> cookies) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (!cookies.isEmpty()) {
            b.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(300, 399);
        return new Flow(r.headers().firstValue("Location").orElseThrow(), cookies(r));
    }

    private void assertRefused(Flow flow) {
        assertThat(flow.location()).startsWith("/login?sso=");
        assertThat(flow.accessToken()).isNull();
        assertThat(flow.cookies().getOrDefault("thuisplan_refresh", "")).isEmpty();
    }

    private static Map<String, String> cookies(HttpResponse<?> r) {
        Map<String, String> c = new LinkedHashMap<>();
        for (String header : r.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            c.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return c;
    }

    /** An ID token signed by the provider's own key, as its token endpoint would issue it to our client (azp). */
    private static String token(String issuerId, String subject, String audience, Map<String, Object> claims) {
        return PROVIDER.issueToken(issuerId, "thuisplan-gemeente",
                new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", List.of(audience), claims, 3600)).serialize();
    }

    /** /api/v1/me as the browser asks it after the callback: with the session cookie alone. */
    private JsonNode me(String accessToken) throws Exception {
        HttpResponse<String> r = meByCookie(accessToken);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private int meStatus(String accessToken) throws Exception {
        return meByCookie(accessToken).statusCode();
    }

    private HttpResponse<String> meByCookie(String accessToken) throws Exception {
        assertThat(accessToken).isNotNull();
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/me"))
                .header("Cookie", "thuisplan_access=" + accessToken).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
