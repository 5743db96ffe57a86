package nl.thuisplan.people.admin;

/** ACTIVE: can log in (has a password); INVITED: active but never set a password; DEACTIVATED: left. */
public enum PersonStatus {
    ACTIVE, INVITED, DEACTIVATED
}
