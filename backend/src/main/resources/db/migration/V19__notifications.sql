-- Why: nobody was told what to do next (issue 15, point 2). A workflow step, a deadline and a reminder now
-- leave a notification for each person whose active membership the step concerns, read in the app (the
-- bell) and mailed at once, in a daily digest, or not at all, as the person chose.
--
-- Who reads a notification: only its recipient. The region and municipality settings cannot say that
-- (two officers of one gemeente share one scope), so a fourth transaction-local setting,
-- thuisplan.person, carries a user id. A notification is the person's own whichever region or
-- membership it came from, so the API reads it under Scope.SYSTEM once the caller is known from its token
-- (its user id read by username) and NotificationRepository.actAs narrows that transaction to the person.
-- Like the other settings it is local to the transaction, so a pooled connection never carries it on,
-- and without it a person's rows match nothing. The platform's own work (the mail after a commit, the
-- digest, the deadline job) sets it to '*' under Scope.SYSTEM: the whole scope alone is not enough, since
-- a platform beheerder has the whole scope too and must still read only its own notifications.
-- Writing happens in the transaction of the step that causes it, under the actor's scope and for other
-- persons: the insert policy asks only that the notification's region is in the actor's scope.
create function person_in_scope(u bigint) returns boolean
    language sql stable parallel safe as
$$
select (coalesce(current_setting('thuisplan.person', true), '') = '*' and everything_in_scope())
    or coalesce(u::text = nullif(current_setting('thuisplan.person', true), ''), false)
$$;

create table notification (
    region_id       integer     not null references region (region_id),
    notification_id bigint generated always as identity,
    user_id         bigint      not null references app_user (user_id),
    kind            text        not null check (kind ~ '^[A-Z_]{3,40}$'),
    title           text        not null check (length(title) between 1 and 300),
    summary         text check (length(summary) <= 2000),
    -- the frontend path of the task, never an outside address
    link            text        not null check (link ~ '^/[^/]' and length(link) <= 300),
    created_at      timestamptz not null default now(),
    read_at         timestamptz,
    -- set when the mail is claimed for sending (at once or in the digest), so two instances never send it twice
    mailed_at       timestamptz,
    primary key (region_id, notification_id),
    unique (notification_id)
);
create index notification_recipient on notification (user_id, created_at desc);
create index notification_unmailed on notification (created_at) where mailed_at is null;

alter table notification enable row level security;
alter table notification force row level security;
create policy notification_read on notification for select using (person_in_scope(user_id));
create policy notification_mark on notification for update using (person_in_scope(user_id)) with check (person_in_scope(user_id));
create policy notification_write on notification for insert with check (region_in_scope(region_id));
grant select, insert on notification to ${approle};
grant update (read_at, mailed_at) on notification to ${approle};

-- What happened once per key in a region: a deadline reminder ("DEADLINE/2027/2026-12-14/7"), a reminder for
-- a late analysis per municipality per day. The primary key makes a second instance, or a second click, a no-op.
create table notification_once (
    region_id  integer     not null references region (region_id),
    once_key   text        not null check (length(once_key) between 1 and 200),
    actor      text        not null,
    created_at timestamptz not null default now(),
    primary key (region_id, once_key)
);
alter table notification_once enable row level security;
alter table notification_once force row level security;
create policy notification_once_scope on notification_once
    using (region_in_scope(region_id)) with check (region_in_scope(region_id));
grant select, insert on notification_once to ${approle};

-- A person's choice of mail. No row: IMMEDIATE. A returned analysis or a deadline tomorrow is news that
-- loses its use by the next morning, and these events are few (a handful a week per person), so a person
-- who never opened the setting is told at once; who finds that too much picks the digest or off.
create table notification_preference (
    user_id    bigint      primary key references app_user (user_id),
    mail       text        not null check (mail in ('IMMEDIATE', 'DAILY_DIGEST', 'OFF')),
    updated_at timestamptz not null default now()
);
alter table notification_preference enable row level security;
alter table notification_preference force row level security;
create policy notification_preference_own on notification_preference
    using (person_in_scope(user_id)) with check (person_in_scope(user_id));
grant select, insert, update (mail, updated_at) on notification_preference to ${approle};

-- One digest per person per day, whichever instance sends it.
create table notification_digest (
    user_id bigint not null references app_user (user_id),
    day     date   not null,
    sent_at timestamptz not null default now(),
    primary key (user_id, day)
);
alter table notification_digest enable row level security;
alter table notification_digest force row level security;
create policy notification_digest_system on notification_digest
    using (person_in_scope(user_id)) with check (person_in_scope(user_id));
grant select, insert on notification_digest to ${approle};
