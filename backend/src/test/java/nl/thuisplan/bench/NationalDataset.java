package nl.thuisplan.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A synthetic national-scale tenant for benchmarks: region "NL" with all 342 municipalities of
 * 2024 (codes and names from the shipped CBS boundaries) and one officer per municipality. The 259
 * municipalities outside the koploper regions get province Utrecht and 50,000 inhabitants: the
 * figures are synthetic, only the scale is real.
 */
final class NationalDataset {

    record Municipality(String code, String name) {
    }

    private NationalDataset() {
    }

    static List<Municipality> municipalities() throws Exception {
        try (InputStream in = NationalDataset.class.getResourceAsStream("/reference/gemeente_2024.geojson")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\"statcode\":\"(GM\\d{4})\",\"jrstatcode\":\"[^\"]*\",\"statnaam\":\"([^\"]*)\"").matcher(json);
            List<Municipality> out = new ArrayList<>();
            while (m.find()) {
                out.add(new Municipality(m.group(1), m.group(2)));
            }
            if (out.size() != 342) {
                throw new IllegalStateException("expected 342 municipalities, found " + out.size());
            }
            return out;
        }
    }

    /** Creates region NL with every municipality as a member and an officer each; returns the usernames. */
    static List<String> seed(DataSource owner, List<Municipality> all, String passwordHash) throws Exception {
        List<String> users = new ArrayList<>();
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
            s.execute("insert into region (code, name) values ('NL', 'Synthetische landelijke regio (benchmark)')");
            s.execute("insert into region_target_group (region_id, code, name, national_code, sort_order) "
                    + "select r.region_id, t.code, t.name, t.code, t.sort_order from region r, target_group t where r.code = 'NL'");
            try (PreparedStatement m = c.prepareStatement("insert into municipality (code, name, province_code) values (?, ?, 'PV26') "
                    + "on conflict do nothing");
                 PreparedStatement i = c.prepareStatement("insert into municipal_indicator (municipality_code, indicator, "
                         + "reference_date, value, source, status) values (?, 'inhabitants', date '2024-01-01', 50000, 'synthetisch', "
                         + "'APPROXIMATE') on conflict do nothing");
                 PreparedStatement rm = c.prepareStatement("insert into region_membership (region_id, municipality_code, valid_from) "
                         + "select region_id, ?, date '2020-01-01' from region where code = 'NL'");
                 PreparedStatement u = c.prepareStatement("insert into app_user (username, display_name) values (?, ?)");
                 PreparedStatement cr = c.prepareStatement("insert into credential (user_id, password_hash) "
                         + "select user_id, ? from app_user where username like 'bench.%'");
                 PreparedStatement ms = c.prepareStatement("insert into membership (user_id, organisation_id, organisation_kind, role, "
                         + "municipality_code, valid_from) select u.user_id, o.organisation_id, o.kind, 'MUNICIPALITY_OFFICER', "
                         + "o.municipality_code, date '2020-01-01' from app_user u join organisation o "
                         + "on o.municipality_code = upper(substring(u.username from 7)) where u.username like 'bench.%'")) {
                for (Municipality mu : all) {
                    m.setString(1, mu.code());
                    m.setString(2, mu.name());
                    m.addBatch();
                    i.setString(1, mu.code());
                    i.addBatch();
                    rm.setString(1, mu.code());
                    rm.addBatch();
                    String username = "bench." + mu.code().toLowerCase();
                    u.setString(1, username);
                    u.setString(2, "Bench " + mu.name());
                    u.addBatch();
                    users.add(username);
                }
                m.executeBatch();
                i.executeBatch();
                // officers of koploper municipalities would belong to two regions; the bench
                // municipalities leave their koploper region for the benchmark's sake
                s.execute("update region_membership set valid_to = date '2019-12-31', valid_from = date '2019-01-01' "
                        + "where region_id <> (select region_id from region where code = 'NL')");
                rm.executeBatch();
                // every gemeente has its organisation (V11 made them for the municipalities it knew)
                s.execute("insert into organisation (kind, name, municipality_code) select 'GEMEENTE', 'Gemeente ' || m.name, m.code "
                        + "from municipality m where not exists (select 1 from organisation o where o.municipality_code = m.code)");
                u.executeBatch();
                cr.setString(1, passwordHash);
                cr.execute();
                ms.execute();
            }
            c.commit();
        }
        return users;
    }
}
