package nl.thuisplan.people;

import nl.thuisplan.auth.Role;

/** What kind of body an organisation is, and the one role its members hold. */
public enum OrganisationKind {
    PLATFORM(Role.PLATFORM_ADMIN),
    GEMEENTE(Role.MUNICIPALITY_OFFICER),
    REGIO(Role.REGION_PROGRAMME_MANAGER),
    PROVINCIE(Role.PROVINCE_ANALYST),
    WONINGCORPORATIE(Role.CORPORATIE_MEDEWERKER),
    ZORGAANBIEDER(Role.ZORGAANBIEDER_MEDEWERKER);

    private final Role role;

    OrganisationKind(Role role) {
        this.role = role;
    }

    /** The role of a membership of this kind of organisation (the database checks the same pairs). */
    public Role role() {
        return role;
    }

    /** A partner of the regions it works in, known by its KvK number. */
    public boolean partner() {
        return this == WONINGCORPORATIE || this == ZORGAANBIEDER;
    }
}
