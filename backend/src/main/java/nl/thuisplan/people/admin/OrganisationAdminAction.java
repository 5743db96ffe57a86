package nl.thuisplan.people.admin;

/** What the caller may do with an organisation: a partner's name, KvK number and regions change (EDIT); the login policy (LOGIN_POLICY). */
public enum OrganisationAdminAction {
    EDIT, LOGIN_POLICY
}
