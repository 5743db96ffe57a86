-- Why: a refresh token worked again and again for 12 hours, and nothing could end a session.
-- Now every refresh replaces the token by a new one of the same family (one family = one login =
-- one session); presenting a replaced token again means it was copied, so the whole family is
-- revoked (reuse detection). Logout and "revoke all" revoke families. A family counts as revoked
-- as soon as any of its tokens carries revoked_at, so a token issued by a refresh that raced with
-- the revocation is dead too. Tokens stay visible to the platform's own work only.

alter table refresh_token
    add column family_id      uuid not null default gen_random_uuid(),
    add column replaced_at    timestamptz,
    add column revoked_at     timestamptz,
    add column revoked_reason text,
    add column last_used_at   timestamptz,
    -- shown in the session list ("Firefox on Windows"); cut short, the only personal detail kept
    add column user_agent     text check (length(user_agent) <= 200);

-- Tokens issued before rotation each stand for their own login (the default gave each its own
-- family); a revoked one keeps that fact with the time of this migration.
update refresh_token set revoked_at = now(), revoked_reason = 'REVOKED' where revoked;
alter table refresh_token drop column revoked;

alter table refresh_token
    add constraint refresh_token_revocation check ((revoked_at is null) = (revoked_reason is null)),
    add constraint refresh_token_reason check (revoked_reason in ('REVOKED', 'LOGOUT', 'REUSED', 'REVOKED_BY_SELF',
        'REVOKED_BY_ADMIN', 'PASSWORD_SET', 'DEACTIVATED', 'DEMO_OFF'));

create index refresh_token_family on refresh_token (family_id);
create index refresh_token_user on refresh_token (user_id, expires_at);

-- Row-level security on refresh_token (system scope only) is V11's policy refresh_token_system_only.

grant select, insert, update, delete on refresh_token to ${approle};
