package nl.thuisplan.mywork;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The read model of "Mijn werk": the rows of other features that may wait for someone, each read in the
 * caller's tenant transaction, so row-level security leaves out what the caller may not see; the services
 * narrow further to the caller's own municipality or region. Statuses are bound as parameters.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MyWorkRepository extends GenericRepository<Visit, Long> {

    /** The newest version of each analysis (per region, municipality or the region's own, and year). */
    @Introspected
    record AnalysisRow(long analysisId, int regionId, String regionCode, @Nullable String municipalityCode,
                       @Nullable String municipalityName, int year, String status, @Nullable String returnedReason,
                       @Nullable Instant submittedAt, @Nullable Instant adoptedAt, Instant updatedAt) {
    }

    @Query("""
            select distinct on (a.region_id, a.municipality_code, a.year)
                   a.analysis_id, a.region_id, r.code as region_code, a.municipality_code, m.name as municipality_name,
                   a.year, a.status, a.returned_reason, a.submitted_at, a.adopted_at, a.updated_at
            from demand_analysis a join region r on r.region_id = a.region_id
            left join municipality m on m.code = a.municipality_code
            where a.year >= :fromYear
            order by a.region_id, a.municipality_code, a.year, a.version_no desc""")
    List<AnalysisRow> latestAnalyses(int fromYear);

    @Query("""
            select a.analysis_id, a.region_id, r.code as region_code, a.municipality_code, m.name as municipality_name,
                   a.year, a.status, a.returned_reason, a.submitted_at, a.adopted_at, a.updated_at
            from demand_analysis a join region r on r.region_id = a.region_id
            left join municipality m on m.code = a.municipality_code
            where a.status = :adopted and a.adopted_at > :since
            order by a.adopted_at desc limit 100""")
    List<AnalysisRow> adoptedAnalysesSince(String adopted, Instant since);

    @Introspected
    record DeadlineRow(int regionId, String regionCode, String regionName, int year, LocalDate deadline) {
    }

    @Query("""
            select d.region_id, r.code as region_code, r.name as region_name, d.year, d.deadline
            from demand_deadline d join region r on r.region_id = d.region_id
            where d.deadline >= :from order by d.deadline""")
    List<DeadlineRow> deadlinesFrom(LocalDate from);

    /** The municipalities that are members of a region on a day. */
    @Introspected
    record MemberRow(int regionId, String municipalityCode, String municipalityName) {
    }

    @Query("""
            select rm.region_id, rm.municipality_code, m.name as municipality_name
            from region_membership rm join municipality m on m.code = rm.municipality_code
            where rm.region_id = :regionId and rm.valid_from <= :day and (rm.valid_to is null or rm.valid_to >= :day)
            order by m.name""")
    List<MemberRow> members(int regionId, LocalDate day);

    @Introspected
    record DocumentRow(long documentId, int regionId, String regionCode, @Nullable String municipalityCode,
                       @Nullable String areaName, int fromYear, int toYear, String status, @Nullable Instant submittedAt,
                       @Nullable Instant adoptedAt, Instant updatedAt, long openComments, @Nullable Instant lastCommentAt) {
    }

    /** Documents not yet adopted, and those adopted after {@code since}, with their open review comments. */
    @Query("""
            select d.document_id, d.region_id, r.code as region_code, d.municipality_code,
                   coalesce(m.name, s.name) as area_name, d.from_year, d.to_year, d.status, d.submitted_at, d.adopted_at,
                   d.updated_at,
                   (select count(*) from wzv_review_comment c
                    where c.region_id = d.region_id and c.document_id = d.document_id and c.resolved_at is null) as open_comments,
                   (select max(c.created_at) from wzv_review_comment c
                    where c.region_id = d.region_id and c.document_id = d.document_id and c.resolved_at is null) as last_comment_at
            from wzv_document d join region r on r.region_id = d.region_id
            left join municipality m on m.code = d.municipality_code
            left join subregion s on s.region_id = d.region_id and s.code = d.subregion_code
            where d.status <> :adopted or d.adopted_at > :since
            order by d.updated_at desc limit 500""")
    List<DocumentRow> documents(String adopted, Instant since);

    @Introspected
    record SwapRow(long swapId, int regionId, long modelId, String modelName, String fromCode, String fromName,
                   String toCode, String toName, int amount, String reason, String proposedFor, Instant proposedAt) {
    }

    @Query("""
            select s.swap_id, s.region_id, s.model_id, mo.name as model_name, s.from_code, ft.municipality_name as from_name,
                   s.to_code, tt.municipality_name as to_name, s.amount, s.reason, s.proposed_for, s.proposed_at
            from allocation_swap s join allocation_model mo on mo.region_id = s.region_id and mo.model_id = s.model_id
            join allocation_target ft on ft.region_id = s.region_id and ft.model_id = s.model_id and ft.municipality_code = s.from_code
            join allocation_target tt on tt.region_id = s.region_id and tt.model_id = s.model_id and tt.municipality_code = s.to_code
            where s.status = :proposed order by s.proposed_at desc limit 500""")
    List<SwapRow> proposedSwaps(String proposed);

    @Introspected
    record DeviationRow(long deviationId, int regionId, long schemeId, String schemeName, int schemeVersionNo,
                        String quotaLabel, String municipalityCode, String municipalityName, String status, String reason,
                        Instant proposedAt, @Nullable Instant decidedAt) {
    }

    /** Deviations still proposed, and those decided after {@code since}. */
    @Query("""
            select dv.deviation_id, dv.region_id, dv.scheme_id, sc.name as scheme_name, sc.version_no as scheme_version_no,
                   q.label as quota_label, dv.municipality_code, m.name as municipality_name, dv.status, dv.reason,
                   dv.proposed_at, dv.decided_at
            from urgency_deviation dv join urgency_scheme sc on sc.region_id = dv.region_id and sc.scheme_id = dv.scheme_id
            join urgency_quota q on q.region_id = dv.region_id and q.quota_id = dv.quota_id
            join municipality m on m.code = dv.municipality_code
            where dv.status = :proposed or dv.decided_at > :since
            order by coalesce(dv.decided_at, dv.proposed_at) desc limit 500""")
    List<DeviationRow> deviations(String proposed, Instant since);

    @Introspected
    record TargetRow(int regionId, long modelId, String modelName, int periodYear, @Nullable Integer periodHalf,
                     String municipalityCode, int target, Instant adoptedAt) {
    }

    /** Targets of adopted models whose period has begun and for which no realisation is recorded yet. */
    @Query("""
            select t.region_id, t.model_id, mo.name as model_name, mo.period_year, mo.period_half, t.municipality_code,
                   t.target, mo.adopted_at
            from allocation_target t join allocation_model mo on mo.region_id = t.region_id and mo.model_id = t.model_id
            where mo.status = :adopted and t.municipality_code = :municipality and mo.period_year <= :year
              and not exists (select 1 from allocation_realisation re where re.region_id = t.region_id
                              and re.model_id = t.model_id and re.municipality_code = t.municipality_code)
            order by mo.adopted_at desc limit 100""")
    List<TargetRow> targetsWithoutRealisation(String adopted, String municipality, int year);

    @Introspected
    record TemplateDraftRow(int regionId, long templateId, String templateName, int versionNo, Instant updatedAt) {
    }

    @Query("""
            select v.region_id, v.template_id, t.name as template_name, v.version_no, v.updated_at
            from wzv_template_version v join wzv_template t on t.region_id = v.region_id and t.template_id = v.template_id
            where v.status = :draft order by v.updated_at desc limit 100""")
    List<TemplateDraftRow> templateDrafts(String draft);

    /** An adopted verdeling or urgentieregeling (kind says which). */
    @Introspected
    record AdoptedRow(String kind, long id, int regionId, String regionName, String name, Instant adoptedAt) {
    }

    @Query("""
            select 'MODEL' as kind, mo.model_id as id, mo.region_id, r.name as region_name, mo.name, mo.adopted_at
            from allocation_model mo join region r on r.region_id = mo.region_id
            where mo.status = :modelAdopted and mo.adopted_at > :since
            union all
            select 'SCHEME', sc.scheme_id, sc.region_id, r.name, sc.name, sc.adopted_at
            from urgency_scheme sc join region r on r.region_id = sc.region_id
            where sc.status = :schemeAdopted and sc.adopted_at > :since
            order by 6 desc limit 100""")
    List<AdoptedRow> adoptedSince(String modelAdopted, String schemeAdopted, Instant since);

    @Introspected
    record PersonRow(long userId, String displayName, @Nullable String email, Instant since) {
    }

    @Query("""
            select u.user_id, u.display_name, u.email, l.created_at as since
            from one_time_link l join app_user u on u.user_id = l.user_id
            where l.purpose = :purpose and l.used_at is null and l.revoked_at is null and l.expires_at > now()
            order by l.created_at desc limit 100""")
    List<PersonRow> pendingInvitations(String purpose);

    @Query("""
            select u.user_id, u.display_name, u.email, coalesce(max(ms.valid_to)::timestamptz, u.created_at) as since
            from app_user u left join membership ms on ms.user_id = u.user_id
            where u.active
            group by u.user_id, u.display_name, u.email, u.created_at
            having not bool_or(ms.valid_from <= current_date and (ms.valid_to is null or ms.valid_to >= current_date))
                or count(ms.membership_id) = 0
            order by 4 desc limit 100""")
    List<PersonRow> personsWithoutActiveMembership();

    @Introspected
    record UnconfirmedRow(String regionCode, String regionName, long unconfirmed) {
    }

    @Query("""
            select r.code as region_code, r.name as region_name, count(*) as unconfirmed
            from region_membership rm join region r on r.region_id = rm.region_id
            where not rm.confirmed and (rm.valid_to is null or rm.valid_to >= current_date)
            group by r.code, r.name order by r.name""")
    List<UnconfirmedRow> regionsWithUnconfirmedMembers();

    @Query("select seen_at from my_work_visit where membership_id = :membershipId")
    Optional<Instant> seenAt(long membershipId);

    @Query("""
            insert into my_work_visit (membership_id, seen_at) values (:membershipId, :seenAt)
            on conflict (membership_id) do update set seen_at = excluded.seen_at""")
    void markSeen(long membershipId, Instant seenAt);
}
