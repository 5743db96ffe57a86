-- Why: the lock-out on the credential alone let anyone lock any known account with five wrong
-- passwords, answered locked accounts differently (423) so it told which accounts exist, and did
-- nothing against one address trying a common password on many accounts. Logins are now counted
-- per typed login name and client address (the lock a guesser runs into, whether the account exists
-- or not), per client address over all names (password spraying), and per account over all
-- addresses (a distributed guess, with a higher limit). Only SHA-256 hashes of the keys are kept:
-- typed names (often mistyped e-mail addresses, sometimes a password in the wrong field) and client
-- addresses are personal data and need not be readable here.
create table login_throttle (
    throttle_key      text        primary key check (throttle_key ~ '^[0-9a-f]{64}$'),
    -- the SHA-256 of the typed login name alone, so the beheerder's "unlock" can clear the
    -- per-address counters of a person's username and e-mail address without knowing the address
    login_hash        text        check (login_hash ~ '^[0-9a-f]{64}$'),
    attempts          integer     not null check (attempts >= 0),
    window_started_at timestamptz not null
);
create index login_throttle_login on login_throttle (login_hash);
create index login_throttle_window on login_throttle (window_started_at);

-- The platform's own records, like credentials: only the system scope sees or writes them.
alter table login_throttle enable row level security;
alter table login_throttle force row level security;
create policy login_throttle_system on login_throttle
    using (coalesce(current_setting('thuisplan.regions', true), '') = '*'
           and coalesce(current_setting('thuisplan.municipalities', true), '') = '*')
    with check (coalesce(current_setting('thuisplan.regions', true), '') = '*'
                and coalesce(current_setting('thuisplan.municipalities', true), '') = '*');

-- rows of ended windows are deleted by the application's hourly clean-up
grant select, insert, update, delete on login_throttle to ${approle};
