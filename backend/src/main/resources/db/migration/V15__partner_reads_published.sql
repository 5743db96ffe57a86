-- Why: corporatie and zorgaanbieder medewerkers read what their region publishes to its partners
-- (issue 13): adopted allocation models with their results and adopted urgentieregelingen, never the
-- region's work in progress. Their scope is the region, no municipality and no drafts (CallerFactory),
-- but the allocation and urgency policies looked at the region only, so with the database wall alone a
-- partner read concept models, scenarios and schemes, pending swaps and proposed deviations.
-- The region's work in progress stays open to its public bodies as before: the region, its gemeenten
-- (drafts on) and the provinces that follow them (drafts off, but their municipalities in scope: a
-- province still reads concept urgentieregelingen, as SchemeService lets it). Only a scope with
-- neither drafts nor a municipality, a partner's, now sees adopted rows only. Review comments on an
-- adopted woonzorgvisie are the gemeente's exchange with its region, not the council document: a
-- partner reads the adopted document without them.

-- 'on' for every scope that may see the region's work in progress: drafts on, or any municipality.
create function regional_drafts_in_scope() returns boolean
    language sql stable parallel safe as
$$
select drafts_in_scope() or coalesce(current_setting('thuisplan.municipalities', true), '') <> ''
$$;

drop policy allocation_model_scope on allocation_model;
create policy allocation_model_scope on allocation_model
    using (region_in_scope(region_id) and (status = 'ADOPTED' or regional_drafts_in_scope()))
    with check (region_in_scope(region_id) and (status = 'ADOPTED' or regional_drafts_in_scope()));

drop policy allocation_scenario_scope on allocation_scenario;
create policy allocation_scenario_scope on allocation_scenario
    using (region_in_scope(region_id) and (status = 'ADOPTED' or regional_drafts_in_scope()))
    with check (region_in_scope(region_id) and (status = 'ADOPTED' or regional_drafts_in_scope()));

-- a swap counts in the targets once confirmed; until then it is two gemeenten's negotiation
drop policy allocation_swap_scope on allocation_swap;
create policy allocation_swap_scope on allocation_swap
    using (region_in_scope(region_id) and (status = 'CONFIRMED' or regional_drafts_in_scope()))
    with check (region_in_scope(region_id) and (municipality_in_scope(from_code) or municipality_in_scope(to_code)));

drop policy urgency_scheme_scope on urgency_scheme;
create policy urgency_scheme_scope on urgency_scheme
    using (region_in_scope(region_id) and (status = 'ADOPTED' or regional_drafts_in_scope()))
    with check (region_in_scope(region_id) and (status = 'ADOPTED' or regional_drafts_in_scope()));

-- categories, quotas and deviations follow their version (the subquery obeys the policy above)
create function urgency_scheme_id_visible(r integer, s bigint) returns boolean
    language sql stable parallel safe as
$$
select exists (select 1 from urgency_scheme u where u.region_id = r and u.scheme_id = s)
$$;

drop policy urgency_category_scope on urgency_category;
create policy urgency_category_scope on urgency_category
    using (region_in_scope(region_id) and urgency_scheme_id_visible(region_id, scheme_id))
    with check (region_in_scope(region_id) and urgency_scheme_id_visible(region_id, scheme_id));

drop policy urgency_quota_scope on urgency_quota;
create policy urgency_quota_scope on urgency_quota
    using (region_in_scope(region_id) and urgency_scheme_id_visible(region_id, scheme_id))
    with check (region_in_scope(region_id) and urgency_scheme_id_visible(region_id, scheme_id));

-- a proposed or rejected deviation is a gemeente's wish, not part of the regeling
drop policy urgency_deviation_scope on urgency_deviation;
create policy urgency_deviation_scope on urgency_deviation
    using (region_in_scope(region_id) and urgency_scheme_id_visible(region_id, scheme_id)
           and (status = 'ACCEPTED' or regional_drafts_in_scope()))
    with check (region_in_scope(region_id) and municipality_in_scope(municipality_code));

drop policy wzv_review_comment_scope on wzv_review_comment;
create policy wzv_review_comment_scope on wzv_review_comment
    using (wzv_document_id_visible(region_id, document_id) and regional_drafts_in_scope())
    with check (wzv_document_id_visible(region_id, document_id));
