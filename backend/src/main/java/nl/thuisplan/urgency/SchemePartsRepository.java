package nl.thuisplan.urgency;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import nl.thuisplan.urgency.UrgencyViews.AppliesTo;
import nl.thuisplan.urgency.UrgencyViews.Category;
import nl.thuisplan.urgency.UrgencyViews.Quota;

/**
 * The categories and quotas of a version, saved together as one document. Array columns travel as
 * text ({@link TextArrays}). Runs inside the caller's tenant transaction.
 *
 * <p>Micronaut Data's processor wants a root entity before it maps a {@code @Query} result to a DTO
 * record, hence {@link QuotaRow} as the entity; {@link CategoryRow} is such a DTO, its columns found by
 * the naming strategy ({@code decisionDays} reads {@code decision_days}).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SchemePartsRepository extends GenericRepository<SchemePartsRepository.QuotaRow, Long> {

    @Introspected
    record CategoryRow(String code, String name, @Nullable String mandatoryCode, String targetGroups, @Nullable String criteria,
                       @Nullable String evidence, int decisionDays, int waitNormDays, int priority) {
        Category category() {
            return new Category(code, name, mandatoryCode, TextArrays.decode(targetGroups), criteria, evidence, decisionDays,
                    waitNormDays, priority);
        }
    }

    @MappedEntity("urgency_quota")
    record QuotaRow(@Id long quotaId, String label, boolean regular, String categories, String kind, @Nullable BigDecimal share,
                    @Nullable Integer perYear) {
        Quota quota() {
            return new Quota(quotaId, label, new AppliesTo(regular, TextArrays.decode(categories)), kind,
                    share == null ? null : share.stripTrailingZeros().toPlainString(), perYear);
        }
    }

    @Query("""
            select code, name, mandatory_code, target_groups::text as target_groups, criteria, evidence, decision_days,
                   wait_norm_days, priority
            from urgency_category where region_id = :regionId and scheme_id = :schemeId order by priority, code""")
    List<CategoryRow> categoryRows(int regionId, long schemeId);

    default List<Category> categories(SchemeRow s) {
        return categoryRows(s.regionId(), s.id()).stream().map(CategoryRow::category).toList();
    }

    @Query("delete from urgency_category where region_id = :regionId and scheme_id = :schemeId")
    void deleteCategories(int regionId, long schemeId);

    @Query("""
            insert into urgency_category (region_id, scheme_id, code, name, mandatory_code, target_groups, criteria, evidence,
                                          decision_days, wait_norm_days, priority)
            values (:regionId, :schemeId, :code, :name, :mandatoryCode, cast(:targetGroups as text[]), :criteria, :evidence,
                    :decisionDays, :waitNormDays, :priority)""")
    void insertCategory(int regionId, long schemeId, String code, String name, @Nullable String mandatoryCode,
                        String targetGroups, @Nullable String criteria, @Nullable String evidence, int decisionDays,
                        int waitNormDays, int priority);

    default void replaceCategories(SchemeRow s, List<Category> categories) {
        deleteCategories(s.regionId(), s.id());
        for (Category c : categories) {
            insertCategory(s.regionId(), s.id(), c.code(), c.name(), c.mandatory(), TextArrays.encode(c.targetGroups()),
                    c.criteria(), c.evidence(), c.decisionDays(), c.waitNormDays(), c.priority());
        }
    }

    @Query("""
            select quota_id, label, regular, categories::text as categories, kind, share, per_year
            from urgency_quota where region_id = :regionId and scheme_id = :schemeId order by position""")
    List<QuotaRow> quotaRows(int regionId, long schemeId);

    default List<Quota> quotas(SchemeRow s) {
        return quotaRows(s.regionId(), s.id()).stream().map(QuotaRow::quota).toList();
    }

    @Query("""
            delete from urgency_quota
            where region_id = :regionId and scheme_id = :schemeId and not (quota_id = any(cast(:keep as bigint[])))""")
    void deleteQuotasExcept(int regionId, long schemeId, String keep);

    /** Moves every position out of the way, so the unique (scheme, position) holds at every step of a reorder. */
    @Query("update urgency_quota set position = position + 100000 where region_id = :regionId and scheme_id = :schemeId")
    void shiftPositions(int regionId, long schemeId);

    @Query("""
            update urgency_quota set position = :position, label = :label, regular = :regular,
                   categories = cast(:categories as text[]), kind = :kind, share = :share, per_year = :perYear
            where region_id = :regionId and scheme_id = :schemeId and quota_id = :quotaId""")
    void updateQuota(int regionId, long schemeId, long quotaId, int position, String label, boolean regular, String categories,
                     String kind, @Nullable BigDecimal share, @Nullable Integer perYear);

    @Query("""
            insert into urgency_quota (region_id, scheme_id, position, label, regular, categories, kind, share, per_year)
            values (:regionId, :schemeId, :position, :label, :regular, cast(:categories as text[]), :kind, :share, :perYear)""")
    void insertQuota(int regionId, long schemeId, int position, String label, boolean regular, String categories, String kind,
                     @Nullable BigDecimal share, @Nullable Integer perYear);

    /**
     * Quotas with an id keep it (their deviations stay attached); quotas no longer listed go, with
     * their deviations; new ones are added. Positions follow the list.
     */
    default void replaceQuotas(SchemeRow s, List<Quota> quotas) {
        deleteQuotasExcept(s.regionId(), s.id(), TextArrays.encodeLongs(quotas.stream().map(Quota::id).filter(Objects::nonNull).toList()));
        shiftPositions(s.regionId(), s.id());
        for (int position = 0; position < quotas.size(); position++) {
            Quota q = quotas.get(position);
            String categories = TextArrays.encode(q.appliesTo().categories());
            BigDecimal share = q.share() == null ? null : new BigDecimal(q.share());
            if (q.id() != null) {
                updateQuota(s.regionId(), s.id(), q.id(), position, q.label(), q.appliesTo().regular(), categories, q.kind(), share,
                        q.perYear());
            } else {
                insertQuota(s.regionId(), s.id(), position, q.label(), q.appliesTo().regular(), categories, q.kind(), share,
                        q.perYear());
            }
        }
    }
}
