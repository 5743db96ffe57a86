package nl.thuisplan.notification;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who a step concerns and what the notification says about it: the people with an active membership
 * (read under the system scope, as a gemeente proposing a swap cannot see the other gemeente's people),
 * and the names and references of the objects (read in the step's own transaction, which may have just
 * written them).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AudienceRepository extends GenericRepository<NotificationRow, Long> {

    /** A person to notify; {@code municipalityCode} for a gemeente medewerker. */
    @Introspected
    record Recipient(long userId, String username, @Nullable String municipalityCode) {
    }

    String ACTIVE = " and u.active and m.valid_from <= current_date and (m.valid_to is null or m.valid_to >= current_date)";

    @Query("select distinct u.user_id, u.username, m.municipality_code from membership m join app_user u on u.user_id = m.user_id "
            + "where m.role = :role and m.municipality_code = any(:codes)" + ACTIVE)
    List<Recipient> officers(String role, String[] codes);

    @Query("select distinct u.user_id, u.username, cast(null as text) as municipality_code from membership m "
            + "join app_user u on u.user_id = m.user_id where m.role = :role and m.region_id = :regionId" + ACTIVE)
    List<Recipient> managers(String role, int regionId);

    /** The officers of the region's current member municipalities, optionally of one deelregio. */
    @Query("select distinct u.user_id, u.username, m.municipality_code from membership m join app_user u on u.user_id = m.user_id "
            + "join region_membership rm on rm.municipality_code = m.municipality_code and rm.region_id = :regionId "
            + "and rm.valid_from <= current_date and (rm.valid_to is null or rm.valid_to >= current_date) "
            + "and (cast(:subregion as text) is null or rm.subregion_code = :subregion) "
            + "where m.role = :role" + ACTIVE)
    List<Recipient> officersOfRegion(String role, int regionId, @Nullable String subregion);

    /** The medewerkers of woningcorporaties and zorgaanbieders whose active membership works in the region. */
    @Query("select distinct u.user_id, u.username, cast(null as text) as municipality_code from membership m "
            + "join app_user u on u.user_id = m.user_id where m.role = any(:roles) and m.region_id = :regionId" + ACTIVE)
    List<Recipient> partners(String[] roles, int regionId);

    /** The analysts of every province that holds a current member municipality of the region. */
    @Query("select distinct u.user_id, u.username, cast(null as text) as municipality_code from membership m "
            + "join app_user u on u.user_id = m.user_id where m.role = :role and m.province_code in ("
            + "select mu.province_code from region_membership rm join municipality mu on mu.code = rm.municipality_code "
            + "where rm.region_id = :regionId and rm.valid_from <= current_date and (rm.valid_to is null or rm.valid_to >= current_date))"
            + ACTIVE)
    List<Recipient> provinceAnalysts(String role, int regionId);

    @Query("select name from allocation_model where model_id = :id")
    Optional<String> modelName(long id);

    /** A region the caller's scope reaches (read in its own transaction), by code. */
    @Query("select region_id from region where code = :code")
    Optional<Integer> regionId(String code);

    @Query("select code from region where region_id = :regionId")
    Optional<String> regionCode(int regionId);

    @Query("select name from municipality where code = :code")
    Optional<String> municipalityName(String code);

    @Introspected
    record DocumentRef(@Nullable String municipalityCode, @Nullable String subregionCode) {
    }

    @Query("select municipality_code, subregion_code from wzv_document where document_id = :id")
    Optional<DocumentRef> document(long id);

    @Introspected
    record SwapRef(long modelId, String fromCode, String toCode, int amount) {
    }

    @Query("select model_id, from_code, to_code, amount from allocation_swap where swap_id = :id")
    Optional<SwapRef> swap(long id);

    @Query("select municipality_code from urgency_deviation where deviation_id = :id")
    Optional<String> deviationMunicipality(long id);

    @Query("select name from wzv_template where template_id = :id")
    Optional<String> templateName(long id);

    /** A member municipality whose newest analysis of a year is not delivered (none, concept or returned). */
    @Introspected
    record Due(int regionId, String municipalityCode, String municipalityName, int year, LocalDate deadline) {
    }

    String UNDELIVERED = """
            select dd.region_id, rm.municipality_code, mu.name as municipality_name, dd.year, dd.deadline
            from demand_deadline dd
            join region_membership rm on rm.region_id = dd.region_id
              and rm.valid_from <= current_date and (rm.valid_to is null or rm.valid_to >= current_date)
            join municipality mu on mu.code = rm.municipality_code
            where coalesce((select a.status from demand_analysis a where a.region_id = dd.region_id
                              and a.municipality_code = rm.municipality_code and a.year = dd.year
                            order by a.version_no desc limit 1), '') <> all(:delivered)
            """;

    /** Late: the deadline has passed (as the overview's "te laat" counts it). */
    @Query(UNDELIVERED + " and dd.region_id = :regionId and dd.year = :year and dd.deadline < current_date order by mu.name")
    List<Due> late(int regionId, int year, String[] delivered);

    /** Every region's undelivered analyses whose deadline falls on {@code day}. */
    @Query(UNDELIVERED + " and dd.deadline = :day order by dd.region_id, mu.name")
    List<Due> dueOn(LocalDate day, String[] delivered);
}
