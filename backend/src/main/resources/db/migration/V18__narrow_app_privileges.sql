-- Why: the application role could update and delete rows it never changes (finding 11 of the
-- outside test): reference data (provinces, municipalities), the scope columns of a membership
-- (its role, organisation, region, municipality, province) and the kind of an organisation. A bug
-- or an injected statement running as that role could then raise a role or erase reference data
-- that only migrations (run as the owner) write. The grants now follow what the code does:
--   app_user      insert; update of name, e-mail, username (follows an e-mail login), active and
--                 deactivated_at, last_login_at; never delete (the audit keeps names)
--   membership    insert; update of valid_to, manages_people, version, last_used_at; never the role
--                 or the scope of a membership, never delete (a membership ends by valid_to)
--   organisation  insert; update of name, kvk_number, version; never delete
--   province, municipality   read only
--   municipal_indicator      insert and the upsert's update; never delete
--   region, subregion        insert (a new region); never update or delete
--   region_membership        insert, update (confirm, end); never delete
revoke update, delete on app_user from ${approle};
grant update (username, display_name, email, active, deactivated_at, last_login_at) on app_user to ${approle};

revoke update, delete on membership from ${approle};
grant update (valid_to, manages_people, version, last_used_at) on membership to ${approle};

revoke update, delete on organisation from ${approle};
grant update (name, kvk_number, version) on organisation to ${approle};

revoke insert, update, delete on province, municipality from ${approle};
revoke delete on municipal_indicator from ${approle};
revoke update, delete on region, subregion from ${approle};
revoke delete on region_membership from ${approle};
