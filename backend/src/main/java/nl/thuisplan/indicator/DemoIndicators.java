package nl.thuisplan.indicator;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.Sql;
import nl.thuisplan.common.TenantTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode only: plausible households, social rental stock, lettings and existing places for
 * every municipality that has an inhabitants figure, so a fair-share model can be tried at once.
 * They are derived from the inhabitants with a fixed per-municipality variation, stored with
 * status {@code DEMO} and a source that says so, and never overwrite a real figure.
 */
@Singleton
@Requires(property = "thuisplan.demo.enabled", value = "true")
class DemoIndicators {

    static final String SOURCE = "Demonstratiegegevens: synthetisch, afgeleid van het inwonertal (geen CBS-cijfer)";
    private static final Logger LOG = LoggerFactory.getLogger(DemoIndicators.class);

    private final TenantTransactions tx;
    private final Sql sql;

    DemoIndicators(TenantTransactions tx, Sql sql) {
        this.tx = tx;
        this.sql = sql;
    }

    private record Base(String code, LocalDate date, BigDecimal inhabitants) {
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int created = tx.write(Scope.SYSTEM, () -> {
            List<Base> bases = sql.list("select municipality_code, reference_date, value from municipal_indicator "
                            + "where indicator = 'inhabitants'", Sql.NO_PARAMETERS,
                    rs -> new Base(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getBigDecimal(3)));
            List<Sql.Binder> inserts = new ArrayList<>();
            for (Base b : bases) {
                double inhabitants = b.inhabitants().doubleValue();
                double households = inhabitants / between(b.code(), 1, 1.9, 2.4);
                double social = households * between(b.code(), 2, 0.14, 0.42);
                double lettings = social * between(b.code(), 3, 0.045, 0.08);
                double places = inhabitants / 1000 * between(b.code(), 4, 0.4, 3.2);
                add(inserts, b, "households", households);
                add(inserts, b, "social_rental_stock", social);
                add(inserts, b, "lettings", lettings);
                add(inserts, b, "existing_places", places);
            }
            sql.batch("insert into municipal_indicator (municipality_code, indicator, reference_date, value, source, status, loaded_by) "
                    + "values (?, ?, ?, ?, ?, 'DEMO', 'demo') on conflict do nothing", inserts);
            return inserts.size();
        });
        LOG.info("Demo mode: {} synthetic indicator figures available (status DEMO)", created);
    }

    private static void add(List<Sql.Binder> inserts, Base b, String indicator, double value) {
        inserts.add(ps -> {
            ps.setString(1, b.code());
            ps.setString(2, indicator);
            ps.setObject(3, b.date());
            ps.setBigDecimal(4, BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP));
            ps.setString(5, SOURCE);
        });
    }

    /** A fixed number in [low, high) per municipality and salt: the same on every start. */
    private static double between(String code, int salt, double low, double high) {
        long h = (code.hashCode() * 0x9E3779B97F4A7C15L) ^ (salt * 0xC2B2AE3D27D4EB4FL);
        h ^= h >>> 31;
        double unit = (h & 0xFFFFFFL) / (double) 0x1000000L;
        return low + unit * (high - low);
    }
}
