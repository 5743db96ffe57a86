-- Why: local accounts get a second factor (TOTP, RFC 6238) and one-off recovery codes, and an
-- organisation can require the second factor or switch local (password) login off for its people
-- when it logs in through its own identity provider. The TOTP secret is kept encrypted (AES-GCM, with
-- a key from the environment or generated in the data directory), so a copy of the database alone
-- yields no working secret; recovery codes are kept only as SHA-256 hashes.

-- One second factor per person. A row without confirmed_at is an enrolment that was started and not
-- yet confirmed with a code: it does not count at login and is replaced by the next start.
create table second_factor (
    user_id          bigint      primary key references app_user (user_id),
    -- AES-GCM: 12-byte nonce followed by the ciphertext and its tag, base64
    secret_encrypted text        not null check (length(secret_encrypted) between 16 and 200),
    created_at       timestamptz not null default now(),
    confirmed_at     timestamptz,
    -- the 30-second time step of the last accepted code: a code is accepted once, never again
    last_used_step   bigint
);

create table recovery_code (
    recovery_code_id bigint generated always as identity primary key,
    user_id          bigint      not null references app_user (user_id),
    code_hash        text        not null check (code_hash ~ '^[0-9a-f]{64}$'),
    created_at       timestamptz not null default now(),
    used_at          timestamptz,
    unique (user_id, code_hash)
);
create index recovery_code_user on recovery_code (user_id);

-- Like credentials and links: the platform's own records, seen and written only with the system
-- scope ('*' regions and '*' municipalities, as login uses), never by a user's request.
alter table second_factor enable row level security;
alter table second_factor force row level security;
create policy second_factor_system_only on second_factor using (everything_in_scope()) with check (everything_in_scope());

alter table recovery_code enable row level security;
alter table recovery_code force row level security;
create policy recovery_code_system_only on recovery_code using (everything_in_scope()) with check (everything_in_scope());

-- switched off or reset: the row goes; a new set of recovery codes replaces the old one
grant select, insert, update, delete on second_factor, recovery_code to ${approle};

-- The organisation's login policy, set by the beheerder.
alter table organisation
    add column second_factor_required boolean not null default false,
    add column local_login_allowed    boolean not null default true,
    -- the operator's own organisation always keeps a way in
    add constraint organisation_platform_local_login check (kind <> 'PLATFORM' or local_login_allowed);
grant update (second_factor_required, local_login_allowed) on organisation to ${approle};
