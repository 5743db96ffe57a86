package nl.thuisplan.auth;

/**
 * The roles of the platform. A person holds them through memberships; the scope each one carries
 * follows from the membership's organisation and is fixed by the database ({@code V11}).
 */
public enum Role {
    /** Platform beheerder: manages regions, municipalities, organisations, people and reference data. */
    PLATFORM_ADMIN,
    /** Regio programmamanager: runs the programme of one region (with {@code managesPeople}: also its people). */
    REGION_PROGRAMME_MANAGER,
    /** Gemeente medewerker: policy officer of one municipality. */
    MUNICIPALITY_OFFICER,
    /** Provincie analist: reads, for one province. */
    PROVINCE_ANALYST,
    /** Medewerker of a woningcorporatie, for one region it works in: reads what the region publishes to partners. */
    CORPORATIE_MEDEWERKER,
    /** Medewerker of a zorgaanbieder, for one region it works in: reads what the region publishes to partners. */
    ZORGAANBIEDER_MEDEWERKER;

    /** A partner of the region rather than one of its public bodies. */
    public boolean partner() {
        return this == CORPORATIE_MEDEWERKER || this == ZORGAANBIEDER_MEDEWERKER;
    }
}
