package nl.thuisplan.indicator;

import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.thuisplan.common.Sql;

/** Reads and writes {@code municipal_indicator}, always for an explicit set of municipalities. */
@Singleton
public class IndicatorRepository {

    /** A figure to store, as an import or the demo data produces it. */
    public record Write(String municipality, String indicator, LocalDate referenceDate, java.math.BigDecimal value,
                        String source, String status) {
    }

    private final Sql sql;

    IndicatorRepository(Sql sql) {
        this.sql = sql;
    }

    /** Per municipality and indicator the newest value on or before {@code date}. */
    public Map<String, Map<String, IndicatorValue>> valuesOn(Collection<String> municipalities, LocalDate date) {
        Map<String, Map<String, IndicatorValue>> out = new HashMap<>();
        sql.list("select distinct on (municipality_code, indicator) municipality_code, indicator, value, reference_date, "
                        + "source, status from municipal_indicator where municipality_code = any(?) and reference_date <= ? "
                        + "order by municipality_code, indicator, reference_date desc",
                ps -> {
                    ps.setArray(1, codes(ps.getConnection(), municipalities));
                    ps.setDate(2, Date.valueOf(date));
                },
                rs -> out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2),
                        new IndicatorValue(rs.getBigDecimal(3).stripTrailingZeros(), rs.getDate(4).toLocalDate(),
                                rs.getString(5), rs.getString(6))));
        return out;
    }

    /** The reference dates for which any of these municipalities has a figure, oldest first. */
    public List<LocalDate> dates(Collection<String> municipalities) {
        return sql.list("select distinct reference_date from municipal_indicator where municipality_code = any(?) "
                        + "order by reference_date",
                ps -> ps.setArray(1, codes(ps.getConnection(), municipalities)), rs -> rs.getDate(1).toLocalDate());
    }

    /** The newest date on which {@code indicator} is known for at least one of the municipalities. */
    public java.util.Optional<LocalDate> newestDate(Collection<String> municipalities, String indicator) {
        return sql.one("select max(reference_date) from municipal_indicator where municipality_code = any(?) and indicator = ?",
                ps -> {
                    ps.setArray(1, codes(ps.getConnection(), municipalities));
                    ps.setString(2, indicator);
                }, rs -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate());
    }

    /** The stored values on exactly these keys, for an import's old/new comparison: key = municipality|indicator|date. */
    public Map<String, IndicatorValue> exact(Collection<String> municipalities) {
        Map<String, IndicatorValue> out = new HashMap<>();
        sql.list("select municipality_code, indicator, reference_date, value, source, status from municipal_indicator "
                        + "where municipality_code = any(?)",
                ps -> ps.setArray(1, codes(ps.getConnection(), municipalities)),
                rs -> out.put(key(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()),
                        new IndicatorValue(rs.getBigDecimal(4).stripTrailingZeros(), rs.getDate(3).toLocalDate(),
                                rs.getString(5), rs.getString(6))));
        return out;
    }

    public static String key(String municipality, String indicator, LocalDate date) {
        return municipality + "|" + indicator + "|" + date;
    }

    public void upsert(List<Write> writes, String loadedBy) {
        sql.batch("insert into municipal_indicator (municipality_code, indicator, reference_date, value, source, status, loaded_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?) on conflict (municipality_code, indicator, reference_date) do update "
                        + "set value = excluded.value, source = excluded.source, status = excluded.status, "
                        + "loaded_at = now(), loaded_by = excluded.loaded_by",
                writes.stream().<Sql.Binder>map(w -> ps -> {
                    ps.setString(1, w.municipality());
                    ps.setString(2, w.indicator());
                    ps.setDate(3, Date.valueOf(w.referenceDate()));
                    ps.setBigDecimal(4, w.value());
                    ps.setString(5, w.source());
                    ps.setString(6, w.status());
                    ps.setString(7, loadedBy);
                }).toList());
    }

    private static Array codes(java.sql.Connection c, Collection<String> municipalities) throws java.sql.SQLException {
        return c.createArrayOf("text", municipalities.toArray(String[]::new));
    }
}
