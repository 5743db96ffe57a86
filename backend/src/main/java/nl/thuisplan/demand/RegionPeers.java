package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.Sql;
import nl.thuisplan.common.TenantTransactions;

/**
 * What a warning compares a figure with: the region's median per 1,000 inhabitants of the other
 * municipalities. Only the medians leave this class; a gemeente medewerker never sees another
 * municipality's figures. That is why the query runs with the region's scope, not the caller's.
 * Only delivered figures count (per municipality its newest submitted or adopted version: a
 * neighbour's concept is its own business), and a median needs at least as many peers as the
 * small-number threshold ({@code thuisplan.dashboard.min-count}): a median of an odd number of
 * peers is one neighbour's exact rate, which must not be attributable to one of a handful.
 */
@Singleton
class RegionPeers {

    private final Sql sql;
    private final TenantTransactions tx;
    private final DemandLookupRepository lookups;
    private final int minPeers;

    RegionPeers(Sql sql, TenantTransactions tx, DemandLookupRepository lookups,
                @Value("${thuisplan.dashboard.min-count:5}") int minPeers) {
        this.sql = sql;
        this.tx = tx;
        this.lookups = lookups;
        this.minPeers = Math.max(minPeers, DemandWarnings.MIN_PEERS);
    }

    /** Median per 1,000 inhabitants per cell key ("group/form/MEASURE"), over the newest delivered versions of the others. */
    Map<String, Double> medians(int regionId, int year, @Nullable String excludeMunicipality) {
        Map<String, List<Double>> rates = new HashMap<>();
        tx.read(Scope.regionsWithAllTheirMunicipalities(List.of(regionId)), () -> sql.list("""
                select f.target_group_code || '/' || f.housing_form_code || '/' || f.measure, f.value * 1000.0 / i.value
                from demand_figure f
                join demand_analysis a on a.region_id = f.region_id and a.analysis_id = f.analysis_id
                join lateral (select mi.value from municipal_indicator mi where mi.municipality_code = a.municipality_code
                              and mi.indicator = 'inhabitants' order by mi.reference_date desc limit 1) i on i.value > 0
                where a.region_id = ? and a.year = ? and a.municipality_code is not null
                  and a.municipality_code is distinct from ? and f.value is not null and a.status in (?, ?)
                  and a.version_no = (select max(b.version_no) from demand_analysis b where b.region_id = a.region_id
                                      and b.municipality_code = a.municipality_code and b.year = a.year
                                      and b.status in (?, ?))""",
                ps -> {
                    ps.setInt(1, regionId);
                    ps.setInt(2, year);
                    ps.setString(3, excludeMunicipality);
                    ps.setString(4, DemandStatus.SUBMITTED.name());
                    ps.setString(5, DemandStatus.ADOPTED.name());
                    ps.setString(6, DemandStatus.SUBMITTED.name());
                    ps.setString(7, DemandStatus.ADOPTED.name());
                },
                rs -> rates.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getDouble(2))));
        Map<String, Double> medians = new HashMap<>();
        rates.forEach((key, values) -> {
            Double m = DemandWarnings.median(values, minPeers);
            if (m != null) {
                medians.put(key, m);
            }
        });
        return medians;
    }

    /** The newest inhabitants figure of a municipality (national reference data). */
    @Nullable Long inhabitants(@Nullable String municipalityCode) {
        return municipalityCode == null ? null : lookups.inhabitants(municipalityCode).orElse(null);
    }
}
