package nl.thuisplan.auth;

/** The four roles of the platform; the scope each one carries is fixed by the database. */
public enum Role {
    /** Platform beheerder: manages regions, municipalities, users and reference data. */
    PLATFORM_ADMIN,
    /** Regio programmamanager: runs the programme of one region. */
    REGION_PROGRAMME_MANAGER,
    /** Gemeente medewerker: policy officer of one municipality. */
    MUNICIPALITY_OFFICER,
    /** Provincie analist: reads, for one province. */
    PROVINCE_ANALYST
}
