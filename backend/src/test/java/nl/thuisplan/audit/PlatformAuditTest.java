package nl.thuisplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Set;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.OwnerSql;
import org.junit.jupiter.api.Test;

/**
 * An administrative event without a region (the platform's own) is kept apart and seen only with
 * the whole scope; a person's history gathers its events from every region in scope.
 */
@MicronautTest(transactional = false)
class PlatformAuditTest extends ApiTest {

    @Inject
    AuditLog audit;
    @Inject
    TenantTransactions tx;

    @Test
    void aPersonsHistoryShowsTheRegionsInScopeAndThePlatformOnlyToTheWholeScope() {
        int ens = Integer.parseInt(OwnerSql.value("select region_id from region where code = 'ENS'"));
        int mra = Integer.parseInt(OwnerSql.value("select region_id from region where code = 'MRA'"));
        tx.write(Scope.SYSTEM, () -> {
            audit.recordAll(java.util.List.of(
                    change(null, "PERSON_RENAMED"),
                    change(ens, "MEMBERSHIP_ADDED"),
                    change(mra, "MEMBERSHIP_ENDED")));
            return null;
        });
        assertThat(OwnerSql.value("select count(*) from platform_audit_event where entity_id = '42'")).isEqualTo("1");

        assertThat(tx.read(Scope.SYSTEM, () -> audit.historyInScope("person", "42"))).extracting(AuditEvent::action)
                .containsExactlyInAnyOrder("PERSON_RENAMED", "MEMBERSHIP_ADDED", "MEMBERSHIP_ENDED");
        assertThat(tx.read(Scope.regionsWithAllTheirMunicipalities(Set.of(ens)), () -> audit.historyInScope("person", "42")))
                .extracting(AuditEvent::action).containsExactly("MEMBERSHIP_ADDED");
    }

    private static AuditLog.Change change(Integer regionId, String action) {
        return new AuditLog.Change(regionId, "beheerder", action, "person", "42", null, null, null, null, null);
    }
}
