package nl.thuisplan.region;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Set;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.region.RegionRepository.MemberRow;
import nl.thuisplan.region.RegionRepository.RegionRow;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * Micronaut Data repositories run on the connection of the enclosing {@link TenantTransactions}
 * transaction, so the row-level-security scope set there applies to them: a repository sees the
 * caller's rows only, with no filter of its own.
 */
@MicronautTest(transactional = false)
class RepositoryScopeTest extends ApiTest {

    @Inject
    TenantTransactions tx;

    @Inject
    RegionRepository repo;

    @Test
    void aRepositoryInsideATenantTransactionSeesOnlyTheScopesRows() {
        int ens = tx.read(Scope.SYSTEM, () -> repo.refByCode("ENS").orElseThrow().id());
        int mra = tx.read(Scope.SYSTEM, () -> repo.refByCode("MRA").orElseThrow().id());
        assertThat(tx.read(Scope.SYSTEM, repo::regions)).extracting(RegionRow::code).contains("ENS", "MRA");

        Scope ensOnly = Scope.regionsWithAllTheirMunicipalities(Set.of(ens));
        assertThat(tx.read(ensOnly, repo::regions)).extracting(RegionRow::code).containsExactly("ENS");
        assertThat(tx.read(ensOnly, () -> repo.refByCode("MRA"))).isEmpty();
        assertThat(tx.read(ensOnly, () -> repo.members(mra, null))).isEmpty();

        Scope amsterdam = Scope.of(Set.of(mra), Set.of("GM0363"));
        assertThat(tx.read(amsterdam, () -> repo.members(mra, null))).extracting(MemberRow::code).containsExactly("GM0363");
    }

    @Test
    void outsideATenantTransactionARepositorySeesNothing() {
        // no scope set on the connection: the policies match no rows at all
        assertThat(repo.regions()).isEmpty();
        assertThat(repo.refByCode("ENS")).isEmpty();
    }
}
