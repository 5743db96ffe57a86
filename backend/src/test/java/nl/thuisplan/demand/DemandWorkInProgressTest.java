package nl.thuisplan.demand;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, finding 10: a province sees no work in progress of its municipalities' demand analyses,
 * through the service or the database alone; the region-median warning is built from delivered
 * figures of enough peers only; the demand deadline has an optimistic lock.
 */
@MicronautTest(transactional = false)
class DemandWorkInProgressTest extends ApiTest {

    private static final String CELL = "dakloos/zelfstandig/STOCK";
    private static final String LELYSTAD = "GM0995";

    @Inject
    Api api;
    @Inject
    DemandApi demand;
    @Inject
    TestUsers users;
    @Inject
    TenantTransactions tx;
    @Inject
    DemandAnalysisRepository analyses;
    @Inject
    DemandCellRepository cells;

    @Test
    void aProvinceSeesNoConceptOrReturnedDemandFiguresThroughTheServiceOrTheDatabase() {
        int year = 2081;
        String officer = users.officer(LELYSTAD);
        long id = demand.start(officer, LELYSTAD, year);
        assertThat(demand.put(officer, id, CELL, "{\"value\":42,\"version\":null}").status()).isEqualTo(200);

        // the service wall: the concept is not found for the province, as if it did not exist
        assertThat(demand.get("provincie.flevoland", id).status()).isEqualTo(404);
        assertThat(api.getAs("provincie.flevoland", "/api/v1/demand/municipalities/" + LELYSTAD + "/years/" + year).status())
                .isEqualTo(404);
        // the database wall alone: the province's scope (its municipalities, without drafts) reads no row of it
        int regionId = tx.read(Scope.SYSTEM, () -> analyses.byId(id).orElseThrow().regionId());
        Scope province = Scope.of(List.of(regionId), List.of("GM0034", LELYSTAD)).withoutDrafts();
        assertThat(tx.read(province, () -> analyses.byId(id))).isEmpty();
        assertThat(rowsOf(province, id)).isZero();
        assertThat(tx.read(province.withoutDrafts(), () -> analyses.latestAnyRegion(LELYSTAD, year))).isEmpty();
        assertThat(rowsOf(Scope.of(List.of(regionId), List.of(LELYSTAD)), id)).isEqualTo(1); // its own officer does

        // submitted: delivered to the region, so the province follows it
        demand.act(officer, id, "submit", null);
        assertThat(demand.get("provincie.flevoland", id).status()).isEqualTo(200);
        assertThat(tx.read(province, () -> analyses.byId(id))).isPresent();
        assertThat(rowsOf(province, id)).isEqualTo(1);
        // returned: work in progress again
        demand.act("regio.mra", id, "return", "Graag de bron invullen");
        assertThat(demand.get("provincie.flevoland", id).status()).isEqualTo(404);
        assertThat(rowsOf(province, id)).isZero();
    }

    /** The figures of the analysis a scope reads with the database wall alone. */
    private int rowsOf(Scope scope, long id) {
        Analysis a = tx.read(Scope.SYSTEM, () -> analyses.byId(id).orElseThrow());
        return tx.read(scope, () -> cells.cells(a).size());
    }

    @Test
    void theRegionMedianIgnoresNeighboursConceptFiguresAndNeedsFivePeers() {
        int year = 2082;
        // four neighbours deliver about 1 per 1,000 inhabitants, a fifth only has a concept far above it
        adopt("GM0362", year, 94);   // Amstelveen 93,500
        adopt("GM0392", year, 164);  // Haarlem 164,000
        adopt("GM0402", year, 93);   // Hilversum 93,000
        adopt("GM0363", year, 930);  // Amsterdam 931,298
        String zaanstad = users.officer("GM0479");
        long concept = demand.start(zaanstad, "GM0479", year);
        demand.put(zaanstad, concept, CELL, "{\"value\":90000,\"version\":null}");
        long id = demand.start("gemeente.diemen", "GM0384", year);

        // on four delivered peers (and a concept) there is no median: one of a handful's rate would show
        assertThat(demand.get("gemeente.diemen", id).json().get("regionMedians").size()).isZero();

        // a fifth delivers: now there is a median, of the delivered figures only
        adopt("GM0358", year, 32);   // Aalsmeer 32,000
        JsonNode medians = demand.get("gemeente.diemen", id).json().get("regionMedians");
        assertThat(medians.size()).isEqualTo(1);
        assertThat(medians.get(0).get("perThousand").getDoubleValue()).isBetween(0.95, 1.05);
    }

    @Test
    void concurrentDeadlineChangesWithTheSameVersionLoseNoneSilently() throws Exception {
        int year = 2083;
        String path = "/api/v1/regions/GRO/demand-deadlines/" + year;
        Response first = api.send("PUT", path, api.token("regio.gro"), "{\"deadline\":\"2083-03-01\",\"version\":null}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        int version = api.getAs("regio.gro", "/api/v1/demand/regions/GRO/years/" + year).json().get("deadlineVersion").getIntValue();
        assertThat(first.json().get("version").getIntValue()).isEqualTo(version);

        // five managers' screens, all read at the same version, save at once: one wins, four are told
        String token = api.token("regio.gro");
        ExecutorService pool = Executors.newFixedThreadPool(5);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String body = "{\"deadline\":\"2083-04-0" + i + "\",\"version\":" + version + "}";
            Callable<Response> put = () -> {
                start.await();
                return api.send("PUT", path, token, body);
            };
            answers.add(pool.submit(put));
        }
        start.countDown();
        int ok = 0;
        int conflicts = 0;
        for (Future<Response> f : answers) {
            Response r = f.get();
            if (r.status() == 200) {
                ok++;
            } else {
                assertThat(r.status()).as(r.body()).isEqualTo(409);
                assertThat(r.json().get("code").getStringValue()).isEqualTo("VERSION_CONFLICT");
                conflicts++;
            }
        }
        pool.shutdown();
        assertThat(ok).isEqualTo(1);
        assertThat(conflicts).isEqualTo(4);
        // a stale version, or none while a deadline exists, is refused too; the current one is accepted
        assertThat(api.send("PUT", path, token, "{\"deadline\":\"2083-05-01\",\"version\":" + version + "}").status()).isEqualTo(409);
        assertThat(api.send("PUT", path, token, "{\"deadline\":\"2083-05-01\"}").status()).isEqualTo(409);
        Response current = api.send("PUT", path, token, "{\"deadline\":\"2083-05-01\",\"version\":" + (version + 1) + "}");
        assertThat(current.status()).as(current.body()).isEqualTo(200);
        assertThat(api.getAs("regio.gro", "/api/v1/demand/regions/GRO/years/" + year).text("deadline")).isEqualTo("2083-05-01");
    }

    private void adopt(String municipality, int year, int stock) {
        String user = users.officer(municipality);
        long id = demand.start(user, municipality, year);
        assertThat(demand.put(user, id, CELL, "{\"value\":" + stock + ",\"version\":null}").status()).isEqualTo(200);
        assertThat(demand.act(user, id, "submit", null).status()).isEqualTo(200);
        assertThat(demand.act("regio.mra", id, "adopt", null).status()).isEqualTo(200);
    }
}
