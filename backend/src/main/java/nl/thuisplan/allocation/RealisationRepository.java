package nl.thuisplan.allocation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisplan.allocation.ModelRepository.Model;

/**
 * Adopted targets, realisation and swaps of one model, on the connection of the caller's tenant
 * transaction: row-level security lets a gemeente write only its own realisation and only swaps it
 * is a party to.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RealisationRepository extends GenericRepository<RealisationRepository.SwapRow, Long> {

    @Introspected
    record Target(String code, String name, String quota, int target) {
    }

    @Introspected
    @io.micronaut.serde.annotation.Serdeable
    record Realisation(String code, int realised, @Nullable String note, int version) {
    }

    @MappedEntity("allocation_swap")
    record SwapRow(@Id @MappedProperty("swap_id") long id, @MappedProperty("from_code") String from,
                   @MappedProperty("to_code") String to, int amount, String reason, SwapStatus status, String proposedFor,
                   String proposedBy, OffsetDateTime proposedAt, @Nullable String decidedBy, @Nullable OffsetDateTime decidedAt,
                   int version) {
    }

    String SWAP = "select swap_id, from_code, to_code, amount, reason, status, proposed_for, "
            + "proposed_by, proposed_at, decided_by, decided_at, version from allocation_swap ";

    @Query("select municipality_code as code, municipality_name as name, quota, target from allocation_target "
            + "where region_id = :regionId and model_id = :modelId order by municipality_name, municipality_code")
    List<Target> targets(int regionId, long modelId);

    default List<Target> targets(Model m) {
        return targets(m.regionId(), m.id());
    }

    /** Written once, when the model is adopted (insert-only for the application role). */
    @Query("insert into allocation_target (region_id, model_id, municipality_code, municipality_name, quota, target) "
            + "values (:regionId, :modelId, :code, :name, :quota, :target)")
    void insertTarget(int regionId, long modelId, String code, String name, String quota, int target);

    @Query("select municipality_code as code, realised, note, version from allocation_realisation "
            + "where region_id = :regionId and model_id = :modelId")
    List<Realisation> realisationRows(int regionId, long modelId);

    default Map<String, Realisation> realisations(Model m) {
        Map<String, Realisation> out = new HashMap<>();
        realisationRows(m.regionId(), m.id()).forEach(r -> out.put(r.code(), r));
        return out;
    }

    @Query("select municipality_code as code, realised, note, version from allocation_realisation "
            + "where region_id = :regionId and model_id = :modelId and municipality_code = :code")
    Optional<Realisation> realisation(int regionId, long modelId, String code);

    default Optional<Realisation> realisation(Model m, String code) {
        return realisation(m.regionId(), m.id(), code);
    }

    @Query("insert into allocation_realisation (region_id, model_id, municipality_code, realised, note, updated_by) "
            + "values (:regionId, :modelId, :code, :realised, :note, :actor) on conflict do nothing")
    int insertRealisation(int regionId, long modelId, String code, int realised, @Nullable String note, String actor);

    /** False when a row already exists (someone recorded first). */
    default boolean insertRealisation(Model m, String code, int realised, @Nullable String note, String actor) {
        return insertRealisation(m.regionId(), m.id(), code, realised, note, actor) == 1;
    }

    @Query("update allocation_realisation set realised = :realised, note = :note, version = version + 1, updated_at = now(), "
            + "updated_by = :actor where region_id = :regionId and model_id = :modelId and municipality_code = :code "
            + "and version = :version")
    int updateRealisation(int regionId, long modelId, String code, int realised, @Nullable String note, int version,
                          String actor);

    default boolean updateRealisation(Model m, String code, int realised, @Nullable String note, int version, String actor) {
        return updateRealisation(m.regionId(), m.id(), code, realised, note, version, actor) == 1;
    }

    @Query(SWAP + "where region_id = :regionId and model_id = :modelId order by swap_id")
    List<SwapRow> swaps(int regionId, long modelId);

    default List<SwapRow> swaps(Model m) {
        return swaps(m.regionId(), m.id());
    }

    @Query(SWAP + "where swap_id = :swapId")
    Optional<SwapRow> swap(long swapId);

    @Query("select model_id from allocation_swap where swap_id = :swapId")
    Optional<Long> swapModel(long swapId);

    @Query("insert into allocation_swap (region_id, model_id, from_code, to_code, amount, reason, proposed_for, proposed_by) "
            + "values (:regionId, :modelId, :from, :to, :amount, :reason, :proposedFor, :actor) returning swap_id")
    long insertSwap(int regionId, long modelId, String from, String to, int amount, String reason, String proposedFor,
                    String actor);

    default long insertSwap(Model m, String from, String to, int amount, String reason, String proposedFor, String actor) {
        return insertSwap(m.regionId(), m.id(), from, to, amount, reason, proposedFor, actor);
    }

    /** The decision on a proposed swap; 0 rows when someone decided first. */
    @Query("update allocation_swap set status = :status, decided_by = :actor, decided_at = now(), version = version + 1 "
            + "where region_id = :regionId and model_id = :modelId and swap_id = :swapId and status = :proposed "
            + "and version = :version")
    int decide(int regionId, long modelId, long swapId, int version, String status, String actor, String proposed);

    default boolean decide(Model m, SwapRow s, int version, SwapStatus status, String actor) {
        return decide(m.regionId(), m.id(), s.id(), version, status.name(), actor, SwapStatus.PROPOSED.name()) == 1;
    }

    /** Serialises decisions on one model's swaps, so two confirmations cannot both spend the same target. */
    @Query("select model_id from allocation_model where region_id = :regionId and model_id = :modelId for update")
    List<Long> lockModel(int regionId, long modelId);

    default void lockModel(Model m) {
        lockModel(m.regionId(), m.id());
    }
}
