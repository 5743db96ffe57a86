package nl.thuisplan.people.admin;

/**
 * ACTIVE: can log in (has a password, or logs in through the organisation's identity provider); INVITED:
 * active but never set a password; AWAITING_APPROVAL: made at a first login through an identity provider
 * (an approved e-mail domain) and waiting for a beheerder to grant a membership ("wacht op goedkeuring");
 * DEACTIVATED: left.
 */
public enum PersonStatus {
    ACTIVE, INVITED, AWAITING_APPROVAL, DEACTIVATED
}
