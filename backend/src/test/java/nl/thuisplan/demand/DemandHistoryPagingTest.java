package nl.thuisplan.demand;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.OwnerSql;
import org.junit.jupiter.api.Test;

/**
 * The history of an analysis pages (docs/api/README.md) instead of being cut off: every event comes exactly
 * once, in order, even when hundreds share one moment, and an event recorded between two pages does not
 * shift the next page.
 */
@MicronautTest(transactional = false)
class DemandHistoryPagingTest extends ApiTest {

    static final int EXTRA = 449;

    @Inject
    Api api;
    @Inject
    DemandApi demand;

    @Test
    void pagingThroughTheHistoryReturnsEveryEventOnceInOrder() {
        long id = demand.start("gemeente.diemen", "GM0384", 2039);
        // Diemen is in the MRA; the analysis's own events so far (its start), as the API counts them
        String region = OwnerSql.value("select region_id from region where code = 'MRA'");
        int own = api.getAs("regio.mra", "/api/v1/demand/analyses/" + id + "/history").json().get("items").size();
        assertThat(own).isPositive();
        // numbered events, all at one moment: only the event id orders them
        OwnerSql.exec("insert into audit_event (region_id, actor, action, entity_type, entity_id, occurred_at, detail) "
                + "select " + region + ", 'test', 'CELL_CHANGED', 'demand_analysis', 'GM0384/2039', "
                + "timestamptz '2025-01-01 12:00:00+00', 'n' || n from generate_series(1, " + EXTRA + ") n");
        int expected = own + EXTRA;

        List<String> seen = new ArrayList<>();
        Set<String> unique = new HashSet<>();
        String next = "/api/v1/demand/analyses/" + id + "/history?limit=200";
        int pages = 0;
        while (next != null) {
            Response page = api.getAs("regio.mra", next);
            assertThat(page.status()).isEqualTo(200);
            JsonNode body = page.json();
            assertThat(body.get("total").getLongValue()).isEqualTo(expected);
            assertThat(body.get("limit").getIntValue()).isEqualTo(200);
            body.get("items").values().forEach(e -> {
                // the numbered events by their number, the analysis's own (its start) by position
                String key = "test".equals(e.get("actor").getStringValue()) ? e.get("detail").getStringValue()
                        : "own " + seen.size();
                seen.add(key);
                unique.add(key);
            });
            if (pages == 0) {
                // recorded between two pages: newer than everything, so the next page does not move
                OwnerSql.exec("insert into audit_event (region_id, actor, action, entity_type, entity_id, detail) values ("
                        + region + ", 'test', 'CELL_CHANGED', 'demand_analysis', 'GM0384/2039', 'meanwhile')");
                expected++;
            }
            JsonNode link = body.get("links").get("next");
            next = link.isNull() ? null : link.getStringValue();
            assertThat(next == null).isEqualTo(body.get("nextCursor").isNull());
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(expected - 1).doesNotHaveDuplicates().doesNotContain("meanwhile");
        assertThat(unique).hasSize(expected - 1);
        // newest first: the analysis's own events (now) before the numbered ones, and those by the order they were recorded in
        assertThat(seen.subList(expected - 1 - EXTRA, seen.size())).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, EXTRA).map(n -> EXTRA + 1 - n).mapToObj(n -> "n" + n).toList());
    }

    @Test
    void aLimitOutsideOneToTwoHundredOrAForeignCursorIsRefusedWithTheFieldNamed() {
        long id = demand.start("gemeente.diemen", "GM0384", 2040);
        for (String query : List.of("limit=0", "limit=201", "cursor=abc")) {
            Response r = api.getAs("regio.mra", "/api/v1/demand/analyses/" + id + "/history?" + query);
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.json().get("fields").get(0).get("field").getStringValue()).isEqualTo(query.split("=")[0]);
        }
    }
}
