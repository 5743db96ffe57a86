-- Why: a real installation needs links sent by e-mail that let one person set a password once (an
-- invitation, a password reset, the first platform beheerder made on the command line), so nobody
-- ever gets a default password and nobody needs SQL. Only the SHA-256 of a link's 256-bit token is
-- kept, never the token. A link is bound to the address it was sent to, expires, and is used or
-- revoked at most once; the application answers one LINK_INVALID for every way a link can fail.
create table one_time_link (
    link_id    bigint generated always as identity primary key,
    purpose    text        not null check (purpose in ('INVITATION', 'PASSWORD_RESET', 'FIRST_ADMIN')),
    token_hash text        not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    user_id    bigint      not null references app_user (user_id),
    email      text        not null check (email = lower(email) and position('@' in email) > 1),
    created_by text        not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz,
    revoked_at timestamptz,
    -- a link ends once: used or revoked, never both
    check (used_at is null or revoked_at is null)
);
create index one_time_link_user on one_time_link (user_id);
-- the rate limit counts the recent links per address and purpose
create index one_time_link_recent on one_time_link (email, purpose, created_at);

-- Links are the platform's own records, like credentials: only the system scope ('*' regions and
-- '*' municipalities, as login and refresh use) sees or writes them, never a user's request.
alter table one_time_link enable row level security;
alter table one_time_link force row level security;
create policy one_time_link_system on one_time_link
    using (coalesce(current_setting('thuisplan.regions', true), '') = '*'
           and coalesce(current_setting('thuisplan.municipalities', true), '') = '*')
    with check (coalesce(current_setting('thuisplan.regions', true), '') = '*'
                and coalesce(current_setting('thuisplan.municipalities', true), '') = '*');

-- never deleted: a used or revoked link stays as the record of what was sent to whom
grant select, insert, update on one_time_link to ${approle};

-- Persons made from an e-mail address (the first beheerder, invitations) are named by that address.
