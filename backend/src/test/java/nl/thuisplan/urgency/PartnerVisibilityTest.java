package nl.thuisplan.urgency;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/** A partner of the region (corporatie, zorgaanbieder) reads what the region publishes: adopted schemes, no concept. */
@MicronautTest(transactional = false)
class PartnerVisibilityTest extends ApiTest {

    private static final String PM = "regio.mra";
    private static final String PARTNER = "corporatie.mra";

    @Inject
    Api api;

    @Test
    void aPartnerReadsAdoptedSchemesButNeverAConcept() {
        long adopted = concept(2140);
        Response adopt = api.send("POST", "/api/v1/urgency/schemes/" + adopted + "/adopt", api.token(PM), "{\"lockVersion\":0}");
        assertThat(adopt.status()).as(adopt.body()).isEqualTo(200);
        long concept = concept(2141);

        assertThat(api.getAs(PARTNER, "/api/v1/urgency/schemes/" + adopted).status()).isEqualTo(200);
        Response hidden = api.getAs(PARTNER, "/api/v1/urgency/schemes/" + concept);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.text("code")).isEqualTo("NOT_FOUND");
        assertThat(api.getAs(PARTNER, "/api/v1/urgency/schemes/compare?a=" + adopted + "&b=" + concept).status()).isEqualTo(404);
        assertThat(ids(api.getAs(PARTNER, "/api/v1/urgency/regions/MRA/schemes"))).contains(adopted).doesNotContain(concept);
        // the programme manager and the gemeente still see the concept
        assertThat(ids(api.getAs(PM, "/api/v1/urgency/regions/MRA/schemes"))).contains(adopted, concept);
        assertThat(api.getAs("gemeente.amsterdam", "/api/v1/urgency/schemes/" + concept).status()).isEqualTo(200);
    }

    private long concept(int year) {
        Response r = api.send("POST", "/api/v1/urgency/regions/MRA/schemes", api.token(PM), "{\"name\":\"Urgentieregeling MRA " + year
                + "\",\"validFrom\":\"" + year + "-01-01\",\"validTo\":\"" + year + "-12-31\",\"fromTemplate\":true}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").getLongValue();
    }

    private static List<Long> ids(Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<Long> out = new ArrayList<>();
        list.json().values().forEach(s -> out.add(s.get("id").getLongValue()));
        return out;
    }
}
