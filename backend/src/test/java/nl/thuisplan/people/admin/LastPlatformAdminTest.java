package nl.thuisplan.people.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * The last active platform beheerder cannot be deactivated, also not by two deactivations at the
 * same moment that would each leave the other as the last one. Its own database: the beheerder
 * is deactivated here.
 */
@MicronautTest(transactional = false)
class LastPlatformAdminTest extends ApiTest {

    @Inject
    Api api;
    @Inject
    AdminFixtures fixtures;

    @Test
    void twoConcurrentDeactivationsLeaveOnePlatformBeheerderAndTheLastOneStays() throws Exception {
        long second = fixtures.person(fixtures.organisation("PLATFORM", null), null, true);
        long beheerder = AdminFixtures.userId("beheerder");
        String token = api.token("beheerder");
        String secondToken = api.login(fixtures.email(second), Api.DEMO_PASSWORD).text("access_token");
        assertThat(activePlatformAdmins()).isEqualTo(2);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Response>> calls = List.of(deactivation(start, token, second), deactivation(start, secondToken, beheerder));
        List<Future<Response>> futures = new ArrayList<>();
        for (Callable<Response> c : calls) {
            futures.add(pool.submit(c));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Future<Response> f : futures) {
            Response r = f.get();
            statuses.add(r.status());
            codes.add(r.status() == 200 ? "OK" : r.text("code"));
        }
        pool.shutdown();
        assertThat(statuses).as(codes.toString()).containsExactlyInAnyOrder(200, 409);
        assertThat(codes).contains("LAST_PLATFORM_ADMIN");
        assertThat(activePlatformAdmins()).isEqualTo(1);

        // and the one that remains cannot be deactivated either, by itself
        long remaining = Long.parseLong(AdminFixtures.column("select u.user_id from app_user u join membership m using (user_id) "
                + "where u.active and m.role = 'PLATFORM_ADMIN'").get(0));
        String remainingToken = remaining == beheerder ? token : secondToken;
        Response last = api.send("POST", "/api/v1/admin/people/" + remaining + "/deactivate", remainingToken,
                "{\"version\":" + AdminFixtures.version(remaining) + "}");
        PeopleAdminTest.assertProblem(last, 409, "LAST_PLATFORM_ADMIN");
        assertThat(activePlatformAdmins()).isEqualTo(1);
    }

    private Callable<Response> deactivation(CountDownLatch start, String token, long userId) {
        long version = AdminFixtures.version(userId);
        return () -> {
            start.await();
            return api.send("POST", "/api/v1/admin/people/" + userId + "/deactivate", token, "{\"version\":" + version + "}");
        };
    }

    private static int activePlatformAdmins() {
        return Integer.parseInt(AdminFixtures.column("select count(distinct u.user_id) from app_user u join membership m "
                + "using (user_id) where u.active and m.role = 'PLATFORM_ADMIN'").get(0));
    }
}
