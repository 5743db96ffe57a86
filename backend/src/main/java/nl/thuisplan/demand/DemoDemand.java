package nl.thuisplan.demand;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode: five past years of adopted demand analyses for every member municipality, so the
 * dashboards and woonzorgvisies have figures to show. Synthetic: derived from the inhabitants with a
 * fixed variation per municipality, group and year, with a source that says so; the current year is
 * left to the users. Off in the tests ({@code thuisplan.demo.demand=false}), which bring their own.
 */
@Singleton
@Requires(property = "thuisplan.demo.enabled", value = "true")
@Requires(property = "thuisplan.demo.demand", notEquals = "false")
class DemoDemand {

    static final String SOURCE = "Demonstratiegegevens: synthetisch, afgeleid van het inwonertal";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDemand.class);
    /** per 100,000 inhabitants: households with a need now, and the housing form they need */
    private static final Object[][] GROUPS = {
            {"dakloos", 60, "opvang_doorstroom"}, {"uitstroom_mo", 45, "zelfstandig_begeleid"},
            {"uitstroom_bw", 70, "zelfstandig_begeleid"}, {"uitstroom_ggz", 25, "geclusterd"},
            {"uitstroom_jeugd", 30, "zelfstandig"}, {"uitstroom_vo", 20, "zelfstandig"},
            {"vergunninghouders", 90, "zelfstandig"}, {"medische_urgentie", 35, "zelfstandig"},
            {"ouderen_zorg", 120, "geclusterd"}, {"beperking", 40, "geclusterd"}};

    private final TenantTransactions tx;
    private final DemoDemandRepository rows;
    private final DemandAnalysisRepository analyses;

    DemoDemand(TenantTransactions tx, DemoDemandRepository rows, DemandAnalysisRepository analyses) {
        this.tx = tx;
        this.rows = rows;
        this.analyses = analyses;
    }

    private record Member(int regionId, String code, long inhabitants) {
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int thisYear = LocalDate.now().getYear();
        int created = tx.write(Scope.SYSTEM, () -> {
            List<Member> members = rows.members().stream()
                    .map(r -> new Member(r.regionId(), r.municipalityCode(), r.inhabitants().longValue())).toList();
            int n = 0;
            for (int year = thisYear - 5; year < thisYear; year++) {
                for (Member m : members) {
                    if (analysis(m, year)) {
                        n++;
                    }
                }
            }
            return n;
        });
        if (created > 0) {
            LOG.info("Demo mode: {} adopted demand analyses (synthetic, {}–{})", created, thisYear - 5, thisYear - 1);
        }
    }

    /** One adopted analysis, unless the municipality already has one for the year. */
    private boolean analysis(Member m, int year) {
        if (rows.exists(m.regionId(), m.code(), year)) {
            return false;
        }
        long id = analyses.create(m.regionId(), m.code(), year, 1, "demo");
        List<DemoDemandRepository.DemoFigure> figures = new ArrayList<>();
        for (Object[] g : GROUPS) {
            double stock = m.inhabitants() / 100_000.0 * (Integer) g[1] * between(m.code() + g[0], year, 0.6, 1.4);
            long s = Math.round(stock);
            long inflow = Math.round(stock * between(m.code() + g[0], year + 1, 0.25, 0.45));
            long moves = Math.round(stock * between(m.code() + g[0], year + 2, 0.3, 0.6));
            for (Object[] f : new Object[][] {{Measure.STOCK, s}, {Measure.INFLOW, inflow}, {Measure.MOVES, moves}}) {
                figures.add(new DemoDemandRepository.DemoFigure(id, m.regionId(), m.code(), (String) g[0], (String) g[2],
                        ((Measure) f[0]).name(), (Long) f[1], SOURCE));
            }
        }
        rows.insertFigures(figures);
        rows.adopt(m.regionId(), id, DemandStatus.ADOPTED.name());
        return true;
    }

    /** A fixed number in [low, high) per key and year: the same on every start. */
    private static double between(String key, int year, double low, double high) {
        long h = (key.hashCode() * 0x9E3779B97F4A7C15L) ^ (year * 0xC2B2AE3D27D4EB4FL);
        h ^= h >>> 31;
        return low + (high - low) * ((h & 0xFFFFFF) / (double) 0x1000000);
    }
}
