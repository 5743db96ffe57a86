-- Why: organisations log in through their own identity provider (OpenID Connect, issue 17). A person is
-- linked to the provider's (issuer, subject) on the first login, so a later change of e-mail address at
-- the provider does not make a stranger of them, and one subject never becomes two persons. What a person
-- may do still comes only from memberships; the provider's group claims are kept as a hint for the
-- beheerder. A session started through a provider remembers which one and its ID token, so logout can
-- end the provider's session too (RP-initiated logout needs id_token_hint).
create table sso_identity (
    identity_id     bigint generated always as identity primary key,
    user_id         bigint      not null references app_user (user_id),
    issuer          text        not null check (length(issuer) between 1 and 500),
    subject         text        not null check (length(subject) between 1 and 255),
    -- the configured provider (thuisplan.sso.providers.<key>) the link was made through
    provider        text        not null check (provider ~ '^[a-z0-9-]{1,40}$'),
    -- true for a person made just in time from an approved domain, until a beheerder grants a membership
    awaiting_approval boolean   not null default false,
    -- the provider's groups at the last login, cut short: a hint for the beheerder, never a right
    groups_hint     text check (length(groups_hint) <= 1000),
    linked_at       timestamptz not null default now(),
    last_login_at   timestamptz,
    unique (issuer, subject)
);
create index sso_identity_user on sso_identity (user_id);

create table sso_session (
    -- the session id (claim sid of the access token, the refresh token family)
    session_id  uuid primary key,
    user_id     bigint      not null references app_user (user_id),
    provider    text        not null check (provider ~ '^[a-z0-9-]{1,40}$'),
    id_token    text        not null check (length(id_token) <= 16000),
    created_at  timestamptz not null default now()
);
create index sso_session_user on sso_session (user_id);

-- Like credentials and refresh tokens: the platform's own records, seen and written only with the whole
-- scope (login, logout and the beheerder's person pages run with it after their own policy has decided).
alter table sso_identity enable row level security;
alter table sso_identity force row level security;
create policy sso_identity_system_only on sso_identity using (everything_in_scope()) with check (everything_in_scope());

alter table sso_session enable row level security;
alter table sso_session force row level security;
create policy sso_session_system_only on sso_session using (everything_in_scope()) with check (everything_in_scope());

-- identities are updated (last login, approval), never removed; a session's row goes at logout
grant select, insert, update on sso_identity to ${approle};
grant select, insert, delete on sso_session to ${approle};
