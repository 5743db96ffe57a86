package nl.thuisplan.people.admin;

/** What a beheerder may do to a person, as {@link PeoplePolicy} decides; a client offers only these. */
public enum PersonAction {
    EDIT, DEACTIVATE, ACTIVATE, UNLOCK, RESET_PASSWORD, INVITE_AGAIN, REVOKE_INVITATION, ADD_MEMBERSHIP, REVOKE_SESSIONS
}
