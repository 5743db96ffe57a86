package nl.thuisplan.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * Finding 11 of the outside test: {@code iss} was not checked and one key signs every token. Access
 * tokens now carry {@code iss} and {@code aud}, both checked on every request, so a token signed with
 * the right key but made for anything else, a refresh token among them, is not an access token.
 */
@MicronautTest(transactional = false)
class TokenClaimsTest extends ApiTest {

    @Inject
    Api api;
    @Value("${thuisplan.jwt-secret}")
    String secret;

    @Test
    void anAccessTokenNamesItsIssuerAndAudience() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(api.token("regio.mra")).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("thuisplan");
        assertThat(claims.getAudience()).containsExactly("thuisplan-api");
    }

    @Test
    void aTokenWithTheRightKeyButAnotherIssuerOrAudienceIsRefused() throws Exception {
        JWTClaimsSet real = SignedJWT.parse(api.token("regio.mra")).getJWTClaimsSet();
        assertThat(api.get("/api/v1/me", sign(real)).status()).as("the same claims, signed again").isEqualTo(200);
        assertThat(api.get("/api/v1/me", sign(new JWTClaimsSet.Builder(real).issuer("elders").build())).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", sign(new JWTClaimsSet.Builder(real).audience(List.of("ander-systeem")).build())).status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/me", sign(new JWTClaimsSet.Builder(real).audience((String) null).build())).status()).isEqualTo(401);
    }

    @Test
    void aRefreshTokenIsNoAccessToken() {
        Api.Response login = api.login("regio.mra", Api.DEMO_PASSWORD);
        String refresh = login.text("refresh_token");
        assertThat(refresh).isNotBlank();
        assertThat(api.get("/api/v1/me", refresh).status()).isEqualTo(401);
    }

    private String sign(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
