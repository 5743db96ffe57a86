package nl.thuisplan.people.admin;

/** What the caller may do with an organisation: only a partner's name, KvK number and regions change. */
public enum OrganisationAdminAction {
    EDIT
}
