-- Why: "Mijn werk" tells a provincie analist and a partner what the region adopted since they last
-- looked. The moment a person marked it as seen is kept per membership (a person working for two
-- organisations has two starting points). It is the platform's own bookkeeping about the caller, keyed
-- by the membership in the caller's verified token, so, like the login counters, only the system scope
-- reads or writes it.
create table my_work_visit (
    membership_id bigint      primary key references membership (membership_id),
    seen_at       timestamptz not null
);

alter table my_work_visit enable row level security;
alter table my_work_visit force row level security;
create policy my_work_visit_system on my_work_visit
    using (coalesce(current_setting('thuisplan.regions', true), '') = '*'
           and coalesce(current_setting('thuisplan.municipalities', true), '') = '*')
    with check (coalesce(current_setting('thuisplan.regions', true), '') = '*'
                and coalesce(current_setting('thuisplan.municipalities', true), '') = '*');

grant select, insert, update on my_work_visit to ${approle};
