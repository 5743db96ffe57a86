package nl.thuisplan.auth.sso;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The operator's one place to configure identity providers: environment variables, turned at start-up
 * into both Thuisplan's own settings ({@code thuisplan.sso.providers.<key>}: label, organisations, approved
 * domains, issuer) and Micronaut's OpenID client ({@code micronaut.security.oauth2.clients.<key>}: client id,
 * secret, issuer for discovery). Without {@code THUISPLAN_SSO_PROVIDERS} nothing is configured and only
 * local logins exist (the embedded demo).
 *
 * <pre>
 * THUISPLAN_SSO_PROVIDERS=amsterdam,corporatie-mra
 * THUISPLAN_SSO_AMSTERDAM_ISSUER=https://login.microsoftonline.com/&lt;tenant&gt;/v2.0
 * THUISPLAN_SSO_AMSTERDAM_CLIENT_ID=...
 * THUISPLAN_SSO_AMSTERDAM_CLIENT_SECRET=...        (from the secret store, never in a file)
 * THUISPLAN_SSO_AMSTERDAM_LABEL=Gemeente Amsterdam
 * THUISPLAN_SSO_AMSTERDAM_ORGANISATIONS=GM0363     (municipality, province or region code, or KvK number)
 * THUISPLAN_SSO_AMSTERDAM_DOMAINS=amsterdam.nl     (optional: e-mail domains for just-in-time persons)
 * </pre>
 */
public final class SsoSettings {

    static final String PREFIX = "thuisplan.sso.providers.";
    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,40}");

    private SsoSettings() {
    }

    /** The properties of every provider the environment names; an incomplete provider stops the start. */
    public static Map<String, Object> fromEnvironment(Map<String, String> env) {
        Map<String, Object> p = new HashMap<>();
        String keys = env.getOrDefault("THUISPLAN_SSO_PROVIDERS", "");
        for (String key : Arrays.stream(keys.split(",")).map(String::trim).filter(k -> !k.isEmpty()).toList()) {
            String var = "THUISPLAN_SSO_" + key.toUpperCase(Locale.ROOT).replace('-', '_') + "_";
            p.putAll(provider(key, required(env, var + "ISSUER"), required(env, var + "CLIENT_ID"),
                    required(env, var + "CLIENT_SECRET"), env.getOrDefault(var + "LABEL", key),
                    required(env, var + "ORGANISATIONS"), env.getOrDefault(var + "DOMAINS", "")));
        }
        return p;
    }

    /**
     * One provider's properties. {@code organisations} and {@code domains} are comma-separated: the
     * organisations are named by what identifies them in every installation alike (a CBS municipality
     * code such as GM0363, a province code such as PV27, a region code such as MRA, or a partner's KvK number).
     */
    public static Map<String, Object> provider(String key, String issuer, String clientId, String clientSecret, String label,
                                               String organisations, String domains) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalStateException("SSO provider key '" + key + "' must be lower-case letters, digits or '-'");
        }
        Map<String, Object> p = new HashMap<>();
        p.put(PREFIX + key + ".issuer", issuer);
        p.put(PREFIX + key + ".label", label);
        p.put(PREFIX + key + ".organisations", list(organisations));
        p.put(PREFIX + key + ".domains", list(domains.toLowerCase(Locale.ROOT)));
        String client = "micronaut.security.oauth2.clients." + key;
        p.put(client + ".client-id", clientId);
        p.put(client + ".client-secret", clientSecret);
        p.put(client + ".openid.issuer", issuer);
        p.put(client + ".scopes", List.of("openid", "email", "profile"));
        return p;
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is required for the SSO provider named in THUISPLAN_SSO_PROVIDERS");
        }
        return value.trim();
    }
}
