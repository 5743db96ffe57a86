package nl.thuisplan.indicator;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads and writes {@code municipal_indicator}, always for an explicit set of municipalities. The
 * queries are Micronaut Data's; the public methods only shape their rows for the features that use
 * them (allocation, urgency, woonzorgvisie).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public abstract class IndicatorRepository implements GenericRepository<MunicipalIndicator, String> {

    /** A figure to store, as an import or the demo data produces it. */
    public record Write(String municipality, String indicator, LocalDate referenceDate, java.math.BigDecimal value,
                        String source, String status) {
    }

    @Introspected
    record Stored(String municipalityCode, String indicator, LocalDate referenceDate, BigDecimal value, String source, String status) {

        IndicatorValue asValue() {
            return new IndicatorValue(value.stripTrailingZeros(), referenceDate, source, status);
        }
    }

    private static final String UPSERT = """
            insert into municipal_indicator (municipality_code, indicator, reference_date, value, source, status, loaded_by)
            values (:municipalityCode, :indicator, :referenceDate, :value, :source, :status, :loadedBy)
            """;

    /** Per municipality and indicator the newest value on or before {@code date}. */
    public Map<String, Map<String, IndicatorValue>> valuesOn(Collection<String> municipalities, LocalDate date) {
        Map<String, Map<String, IndicatorValue>> out = new HashMap<>();
        for (Stored s : newestOn(codes(municipalities), date)) {
            out.computeIfAbsent(s.municipalityCode(), k -> new TreeMap<>()).put(s.indicator(), s.asValue());
        }
        return out;
    }

    /** The reference dates for which any of these municipalities has a figure, oldest first. */
    public List<LocalDate> dates(Collection<String> municipalities) {
        return datesOf(codes(municipalities));
    }

    /** The newest date on which {@code indicator} is known for at least one of the municipalities. */
    public Optional<LocalDate> newestDate(Collection<String> municipalities, String indicator) {
        return newestDateOf(codes(municipalities), indicator);
    }

    /** The stored values on exactly these keys, for an import's old/new comparison: key = municipality|indicator|date. */
    public Map<String, IndicatorValue> exact(Collection<String> municipalities) {
        Map<String, IndicatorValue> out = new HashMap<>();
        for (Stored s : all(codes(municipalities))) {
            out.put(key(s.municipalityCode(), s.indicator(), s.referenceDate()), s.asValue());
        }
        return out;
    }

    public static String key(String municipality, String indicator, LocalDate date) {
        return municipality + "|" + indicator + "|" + date;
    }

    public void upsert(List<Write> writes, String loadedBy) {
        if (!writes.isEmpty()) {
            upsertAll(writes.stream().map(w -> new MunicipalIndicator(w.municipality(), w.indicator(), w.referenceDate(), w.value(),
                    w.source(), w.status(), loadedBy)).toList());
        }
    }

    private static String[] codes(Collection<String> municipalities) {
        return municipalities.toArray(String[]::new);
    }

    @Query("""
            select distinct on (municipality_code, indicator) municipality_code, indicator, reference_date, value, source, status
            from municipal_indicator where municipality_code = any(:codes) and reference_date <= :date
            order by municipality_code, indicator, reference_date desc""")
    protected abstract List<Stored> newestOn(String[] codes, LocalDate date);

    @Query("select distinct reference_date from municipal_indicator where municipality_code = any(:codes) order by reference_date")
    protected abstract List<LocalDate> datesOf(String[] codes);

    @Query("select max(reference_date) from municipal_indicator where municipality_code = any(:codes) and indicator = :indicator")
    protected abstract Optional<LocalDate> newestDateOf(String[] codes, String indicator);

    @Query("""
            select municipality_code, indicator, reference_date, value, source, status from municipal_indicator
            where municipality_code = any(:codes)""")
    protected abstract List<Stored> all(String[] codes);

    /** Sent as one JDBC batch; a figure already stored on the same key is replaced. */
    @Query(UPSERT + """
            on conflict (municipality_code, indicator, reference_date) do update
            set value = excluded.value, source = excluded.source, status = excluded.status, loaded_at = now(), loaded_by = excluded.loaded_by""")
    protected abstract void upsertAll(List<MunicipalIndicator> rows);

    /** Sent as one JDBC batch; never replaces a figure already stored (demo figures yield to real ones). */
    @Query(UPSERT + "on conflict do nothing")
    protected abstract void insertMissing(List<MunicipalIndicator> rows);

    /** Every stored inhabitants figure, the base of the demo figures. */
    @Query("select municipality_code, indicator, reference_date, value, source, status from municipal_indicator "
            + "where indicator = 'inhabitants'")
    protected abstract List<Stored> inhabitants();

    /** The CBS codes of every municipality the platform knows. */
    @Query("select code from municipality")
    protected abstract List<String> municipalityCodes();
}
