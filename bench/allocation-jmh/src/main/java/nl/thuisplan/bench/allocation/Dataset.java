package nl.thuisplan.bench.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import nl.thuisplan.allocation.engine.AllocationRequest;
import nl.thuisplan.allocation.engine.Bound;
import nl.thuisplan.allocation.engine.Criterion;
import nl.thuisplan.allocation.engine.Draagkracht;
import nl.thuisplan.allocation.engine.Method;
import nl.thuisplan.allocation.engine.Unit;

/**
 * Synthetic but realistically shaped data, the same on every run (fixed seeds): gemeenten with
 * inhabitants from 3,000 to four large cities, and the indicators a fair-share key uses.
 */
final class Dataset {

    static final String[] INDICATORS = {"inwoners", "sociale_huur", "verhuringen", "lage_inkomens", "herkomst", "plekken"};

    /** One gemeente: id and values in the order of {@link #INDICATORS}. */
    record Municipality(String id, long[] values) {

        long value(String indicator) {
            return values[List.of(INDICATORS).indexOf(indicator)];
        }

        Unit unit() {
            Map<String, BigDecimal> indicators = new LinkedHashMap<>();
            for (int i = 0; i < INDICATORS.length; i++) {
                indicators.put(INDICATORS[i], BigDecimal.valueOf(values[i]));
            }
            return Unit.of(id, indicators);
        }
    }

    /** One aandachtsgroep's allocation: its total, key, optional draagkracht, cap and floor. */
    record Group(int total, List<Criterion> criteria, Optional<Draagkracht> draagkracht, BigDecimal capShareOfLettings,
                 int floor) {
    }

    private Dataset() {
    }

    static List<Municipality> municipalities(int count, long seed, long... cities) {
        Random random = new Random(seed);
        List<Municipality> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long inhabitants = 3_000 + random.nextInt(45_000);
            if (i % 17 == 0) {
                inhabitants *= 2 + random.nextInt(6);
            }
            if (i < cities.length) {
                inhabitants = cities[i];
            }
            long households = inhabitants * 10 / 22;
            long social = households * (12 + random.nextInt(30)) / 100;
            long lettings = social * (4 + random.nextInt(6)) / 100 + 1;
            long lowIncome = households * (5 + random.nextInt(15)) / 100;
            long origin = inhabitants * (1 + random.nextInt(5)) / 1000 + 1;
            long places = random.nextInt(10) < 3 ? 0 : random.nextInt((int) (inhabitants / 400) + 1);
            list.add(new Municipality(String.format("GM%04d", 3 * i + 1),
                    new long[] {inhabitants, social, lettings, lowIncome, origin, places}));
        }
        return list;
    }

    /** All 342 gemeenten of the country (2024), with four large cities. */
    static List<Municipality> national() {
        return municipalities(342, 2024, 931_000, 670_000, 567_000, 374_000);
    }

    /** One region of 30 gemeenten around a city of 360,000. */
    static List<Municipality> region() {
        return municipalities(30, 7, 360_000);
    }

    /** Twenty aandachtsgroepen with different totals and keys; some with draagkracht, caps or floors. */
    static List<Group> targetGroups() {
        List<List<Criterion>> keys = List.of(
                List.of(Criterion.of("inwoners", "1")),
                List.of(Criterion.of("inwoners", "0.5"), Criterion.of("sociale_huur", "0.5")),
                List.of(Criterion.of("inwoners", "0.4"), Criterion.of("verhuringen", "0.3"),
                        Criterion.of("lage_inkomens", "0.3")),
                List.of(Criterion.of("herkomst", "0.7"), Criterion.of("inwoners", "0.3")));
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < 20; g++) {
            int total = 150 + (g * 1_237) % 9_000;
            boolean capped = g % 4 == 1;
            groups.add(new Group(total, keys.get(g % keys.size()),
                    g % 3 == 0 ? Optional.of(Draagkracht.of("plekken", "0.5")) : Optional.empty(),
                    capped ? new BigDecimal("0.10") : null, g % 5 == 2 && !capped ? 1 : 0));
        }
        return groups;
    }

    static AllocationRequest request(Group group, List<Municipality> municipalities, Method method) {
        List<Unit> units = new ArrayList<>();
        for (Municipality m : municipalities) {
            Unit unit = m.unit();
            if (group.capShareOfLettings() != null) {
                unit = unit.withMax(new Bound.ShareOf("verhuringen", group.capShareOfLettings()));
            }
            if (group.floor() > 0) {
                unit = unit.withMin(Bound.absolute(group.floor()));
            }
            units.add(unit);
        }
        return new AllocationRequest(group.total(), method, group.criteria(), units, group.draagkracht());
    }

    /** The region case: Hamilton over 30 gemeenten, 2 criteria, caps on three of them. */
    static AllocationRequest regionRequest() {
        List<Unit> units = new ArrayList<>();
        List<Municipality> region = region();
        for (int i = 0; i < region.size(); i++) {
            Unit unit = region.get(i).unit();
            if (i == 0) {
                unit = unit.withMax(Bound.absolute(120));
            } else if (i == 5 || i == 11) {
                unit = unit.withMax(Bound.shareOf("verhuringen", "0.10"));
            }
            units.add(unit);
        }
        return new AllocationRequest(450, Method.LARGEST_REMAINDER,
                List.of(Criterion.of("inwoners", "0.6"), Criterion.of("verhuringen", "0.4")), units, Optional.empty());
    }
}
