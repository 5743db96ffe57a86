package db.migration;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Why: seeds the 83 municipalities of the six koploper regions, their region memberships and
 * their inhabitants from the shipped reference CSV (reference/koploper-gemeenten.csv), once.
 * The CSV stays data, not code: after this migration the database is the source of truth.
 */
public class V2__load_koploper_municipalities extends BaseJavaMigration {

    /** The first day the programme's koploper list (Platform31, 11-1-2023) records membership. */
    private static final LocalDate MEMBERSHIP_START = LocalDate.of(2023, 1, 1);

    /** Known membership facts that the CSV carries only as free-text notes. */
    private static final Map<String, Membership> MEMBERSHIP_FACTS = Map.of(
            "GM1955", new Membership(LocalDate.of(2024, 12, 31), true,
                    "Per 1-1-2025 uitgetreden uit de Groene Metropoolregio (groenemetropoolregio.nl, 20-11-2023)."),
            "GM0603", new Membership(null, false,
                    "Hoort bij woningmarktregio Haaglanden (9 gemeenten), maar ontbreekt op de koploperlijst van Platform31: te bevestigen door de regio."),
            "GM1783", new Membership(null, false,
                    "Hoort bij woningmarktregio Haaglanden (9 gemeenten), maar ontbreekt op de koploperlijst van Platform31: te bevestigen door de regio."),
            "GM0626", new Membership(null, false,
                    "Op de koploperlijst van Platform31 (11-1-2023), maar niet in woningmarktregio Haaglanden: te bevestigen door de regio."),
            "GM0450", new Membership(null, true,
                    "Deelregio Zaanstreek-Waterland volgens collegebesluit 18-7-2017; geografisch IJmond."));

    private static final Pattern LATER_FIGURE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}): (\\d+)");

    private record Membership(LocalDate validTo, boolean confirmed, String note) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
        }
        try (PreparedStatement municipality = c.prepareStatement(
                "insert into municipality (code, name, province_code, note) values (?, ?, ?, ?)");
             PreparedStatement membership = c.prepareStatement(
                     "insert into region_membership (region_id, municipality_code, valid_from, valid_to, subregion_code, confirmed, note) "
                             + "select r.region_id, ?, ?, ?, (select s.code from subregion s where s.region_id = r.region_id and s.name = ?), ?, ? "
                             + "from region r where r.code = ?");
             PreparedStatement indicator = c.prepareStatement(
                     "insert into municipal_indicator (municipality_code, indicator, reference_date, value, source, status) "
                             + "values (?, 'inhabitants', ?, ?, ?, ?)")) {
            for (CSVRecord row : readCsv()) {
                String code = row.get("gm_code");
                String note = row.get("note").isBlank() ? null : row.get("note");
                municipality.setString(1, code);
                municipality.setString(2, row.get("name"));
                municipality.setString(3, row.get("province_code"));
                municipality.setString(4, note);
                municipality.addBatch();

                Membership fact = MEMBERSHIP_FACTS.getOrDefault(code, new Membership(null, true, null));
                membership.setString(1, code);
                membership.setDate(2, Date.valueOf(MEMBERSHIP_START));
                membership.setDate(3, fact.validTo() == null ? null : Date.valueOf(fact.validTo()));
                membership.setString(4, row.get("subregion"));
                membership.setBoolean(5, fact.confirmed());
                membership.setString(6, fact.note());
                membership.setString(7, row.get("region_code"));
                membership.addBatch();

                boolean verified = "verified".equals(row.get("inhabitants_status"));
                addInhabitants(indicator, code, LocalDate.parse(row.get("inhabitants_date")),
                        Long.parseLong(row.get("inhabitants")), verified);
                // Verified rows often carry the next year's CBS figure in the note.
                Matcher later = LATER_FIGURE.matcher(note == null ? "" : note);
                if (verified && later.find()) {
                    addInhabitants(indicator, code, LocalDate.parse(later.group(1)), Long.parseLong(later.group(2)), true);
                }
            }
            municipality.executeBatch();
            membership.executeBatch();
            indicator.executeBatch();
        }
    }

    private static void addInhabitants(PreparedStatement ps, String code, LocalDate date, long value, boolean verified)
            throws SQLException {
        ps.setString(1, code);
        ps.setDate(2, Date.valueOf(date));
        ps.setLong(3, value);
        ps.setString(4, verified
                ? "CBS StatLine 03759ned, bevolking op 1 januari (via openbare bron)"
                : "Schatting (±3%), te vervangen door import van CBS-tabel 03759ned");
        ps.setString(5, verified ? "VERIFIED" : "APPROXIMATE");
        ps.addBatch();
    }

    private static Iterable<CSVRecord> readCsv() throws IOException {
        var in = V2__load_koploper_municipalities.class.getResourceAsStream("/reference/koploper-gemeenten.csv");
        if (in == null) {
            throw new IllegalStateException("reference/koploper-gemeenten.csv is missing from the classpath");
        }
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
    }
}
