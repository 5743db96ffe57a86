package nl.thuisplan.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.thuisplan.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** The demo demand data: adopted analyses of five past years with thirty synthetic figures each, made once. */
class DemoDemandTest {

    @Test
    void everyMemberGetsFiveAdoptedYearsOnceWithAllTheirFigures() throws Exception {
        Map<String, Object> props = new HashMap<>(TestDatabase.forTestClass(DemoDemandTest.class).applicationProperties());
        props.put("thuisplan.demo.demand", "true");
        try (ApplicationContext ignored = ApplicationContext.run(props)) {
            // started: the data is made on the startup event
        }
        long[] first = counts();
        int year = LocalDate.now().getYear();
        assertTrue(first[0] > 0, "analyses made");
        assertEquals(first[0] * 30, first[1], "ten groups x three measures per analysis");
        assertEquals(first[0], first[2], "all adopted by demo, in the five past years");
        assertEquals(first[1], first[3], "every figure carries the demo source and actor");
        assertEquals(0, first[4], "nothing for " + year);
        try (ApplicationContext ignored = ApplicationContext.run(props)) {
            // a second start finds the analyses and adds nothing
        }
        assertEquals(first[0], counts()[0]);
        assertEquals(first[1], counts()[1]);
    }

    private static long[] counts() throws Exception {
        int year = LocalDate.now().getYear();
        try (Connection c = TestDatabase.ownerRole().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false); // the system scope below is local to this transaction (the tables force row-level security)
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true), "
                    + "set_config('thuisplan.drafts', 'on', true)");
            ResultSet rs = s.executeQuery("select (select count(*) from demand_analysis), (select count(*) from demand_figure), "
                     + "(select count(*) from demand_analysis where status = 'ADOPTED' and adopted_by = 'demo' and created_by = 'demo' "
                     + "and version_no = 1 and adopted_at is not null and year between " + (year - 5) + " and " + (year - 1) + "), "
                     + "(select count(*) from demand_figure f join demand_analysis a using (region_id, analysis_id) "
                     + "where f.source = '" + DemoDemand.SOURCE + "' and f.updated_by = 'demo' and f.municipality_code = a.municipality_code "
                     + "and f.value is not null and f.low is null), "
                     + "(select count(*) from demand_analysis where year = " + year + ")");
            rs.next();
            long[] out = {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)};
            c.rollback();
            return out;
        }
    }
}
