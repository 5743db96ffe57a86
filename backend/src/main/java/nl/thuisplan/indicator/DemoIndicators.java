package nl.thuisplan.indicator;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.common.Scope;
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
    private final IndicatorRepository repo;

    DemoIndicators(TenantTransactions tx, IndicatorRepository repo) {
        this.tx = tx;
        this.repo = repo;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int created = tx.write(Scope.SYSTEM, () -> {
            List<MunicipalIndicator> inserts = new ArrayList<>();
            for (IndicatorRepository.Stored b : repo.inhabitants()) {
                double inhabitants = b.value().doubleValue();
                double households = inhabitants / between(b.municipalityCode(), 1, 1.9, 2.4);
                double social = households * between(b.municipalityCode(), 2, 0.14, 0.42);
                double lettings = social * between(b.municipalityCode(), 3, 0.045, 0.08);
                double places = inhabitants / 1000 * between(b.municipalityCode(), 4, 0.4, 3.2);
                add(inserts, b, "households", households);
                add(inserts, b, "social_rental_stock", social);
                add(inserts, b, "lettings", lettings);
                add(inserts, b, "existing_places", places);
            }
            if (!inserts.isEmpty()) {
                repo.insertMissing(inserts);
            }
            return inserts.size();
        });
        LOG.info("Demo mode: {} synthetic indicator figures available (status DEMO)", created);
    }

    private static void add(List<MunicipalIndicator> inserts, IndicatorRepository.Stored b, String indicator, double value) {
        inserts.add(new MunicipalIndicator(b.municipalityCode(), indicator, b.referenceDate(),
                BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP), SOURCE, "DEMO", "demo"));
    }

    /** A fixed number in [low, high) per municipality and salt: the same on every start. */
    private static double between(String code, int salt, double low, double high) {
        long h = (code.hashCode() * 0x9E3779B97F4A7C15L) ^ (salt * 0xC2B2AE3D27D4EB4FL);
        h ^= h >>> 31;
        double unit = (h & 0xFFFFFFL) / (double) 0x1000000L;
        return low + unit * (high - low);
    }
}
