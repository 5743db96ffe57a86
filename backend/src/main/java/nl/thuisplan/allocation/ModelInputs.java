package nl.thuisplan.allocation;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisplan.allocation.AllocationViews.InputUnit;
import nl.thuisplan.allocation.AllocationViews.Inputs;
import nl.thuisplan.allocation.AllocationViews.Missing;
import nl.thuisplan.allocation.AllocationViews.Warning;
import nl.thuisplan.allocation.ModelRepository.Model;
import nl.thuisplan.indicator.Indicator;
import nl.thuisplan.indicator.IndicatorRepository;
import nl.thuisplan.indicator.IndicatorValue;
import nl.thuisplan.region.Members;
import nl.thuisplan.region.Members.Member;

/**
 * What a model's key works on: per current member its indicators on the reference date, plus
 * own demand (herkomst) from the adopted demand analyses of the period's year, and the
 * demand total. Runs inside the caller's tenant transaction (a programme manager's).
 */
@Singleton
class ModelInputs {

    private final Members members;
    private final IndicatorRepository indicators;
    private final ModelRepository repo;

    ModelInputs(Members members, IndicatorRepository indicators, ModelRepository repo) {
        this.members = members;
        this.indicators = indicators;
        this.repo = repo;
    }

    Inputs inputs(Model model, LocalDate referenceDate) {
        List<Member> current = members.current(model.regionId());
        List<String> codes = current.stream().map(Member::code).toList();
        Map<String, Map<String, IndicatorValue>> values = indicators.valuesOn(codes, referenceDate);
        Demand demand = demand(model);
        List<InputUnit> units = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (Member m : current) {
            Map<String, String> unit = new LinkedHashMap<>();
            Map<String, IndicatorValue> own = values.getOrDefault(m.code(), Map.of());
            for (Indicator i : Indicator.values()) {
                if (!i.stored()) {
                    continue;
                }
                IndicatorValue v = own.get(i.code);
                if (v == null) {
                    missing.add(new Missing(m.code(), i.code));
                } else {
                    unit.put(i.code, v.value().toPlainString());
                }
            }
            Long ownDemand = demand.perMunicipality().get(m.code());
            unit.put(Indicator.OWN_DEMAND.code, String.valueOf(ownDemand == null ? 0 : ownDemand));
            if (ownDemand == null) {
                warnings.add(new Warning(m.code(), "NO_ADOPTED_DEMAND", m.name() + " heeft voor " + model.period().year()
                        + " geen vastgestelde vraaganalyse; de eigen vraag telt als 0."));
            }
            units.add(new InputUnit(m.code(), m.name(), unit));
        }
        return new Inputs(referenceDate, indicators.dates(codes), demand.total(model.period()), units, missing, warnings);
    }

    /** The newest date with inhabitants for the region: the default reference date of a new scenario. */
    LocalDate defaultReferenceDate(Model model) {
        List<String> codes = members.current(model.regionId()).stream().map(Member::code).toList();
        return indicators.newestDate(codes, Indicator.INHABITANTS.code).orElse(LocalDate.of(model.period().year() - 1, 1, 1));
    }

    Integer demandTotal(Model model) {
        return demand(model).total(model.period());
    }

    /** MOVES per municipality (null key = the region's own analysis) from the newest adopted version. */
    private record Demand(Map<String, Long> perMunicipality, Long regional, boolean any) {
        Integer total(Period period) {
            if (!any) {
                return null;
            }
            long sum = perMunicipality.values().stream().mapToLong(Long::longValue).sum() + (regional == null ? 0 : regional);
            // a half year gets half of the yearly need, rounded up so nothing is lost
            long total = period.halfYear() ? (sum + 1) / 2 : sum;
            return (int) Math.min(total, 10_000_000);
        }
    }

    private Demand demand(Model model) {
        Map<String, Long> per = new HashMap<>();
        Long regional = null;
        List<ModelRepository.OwnDemand> rows = repo.ownDemand(model);
        for (ModelRepository.OwnDemand row : rows) {
            if (row.municipalityCode() == null) {
                regional = row.moves();
            } else {
                per.put(row.municipalityCode(), row.moves());
            }
        }
        return new Demand(per, regional, !rows.isEmpty());
    }

    static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }
}
