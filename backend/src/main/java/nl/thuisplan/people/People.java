package nl.thuisplan.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import nl.thuisplan.auth.CredentialRepository;
import nl.thuisplan.auth.Membership;
import nl.thuisplan.auth.MembershipRepository;
import nl.thuisplan.auth.PasswordHasher;
import nl.thuisplan.auth.Role;
import nl.thuisplan.auth.UserAccount;
import nl.thuisplan.auth.UserAccountRepository;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/**
 * Creates persons, their passwords and memberships with the rules the database also holds: a role
 * fits one kind of organisation, the scope follows from the organisation (a partner's region must
 * be one it works in), periods of the same person, organisation and role do not overlap. Runs in
 * the caller's {@code TenantTransactions} transaction, so row-level security applies to every write.
 */
@Singleton
public class People {

    private final UserAccountRepository persons;
    private final MembershipRepository memberships;
    private final CredentialRepository credentials;
    private final OrganisationRepository organisations;
    private final PasswordHasher hasher;
    private final TenantTransactions tx;

    People(UserAccountRepository persons, MembershipRepository memberships, CredentialRepository credentials,
           OrganisationRepository organisations, PasswordHasher hasher, TenantTransactions tx) {
        this.tx = tx;
        this.persons = persons;
        this.memberships = memberships;
        this.credentials = credentials;
        this.organisations = organisations;
        this.hasher = hasher;
    }

    /** A new, active person; the username is the given one or else the lower-cased e-mail address. */
    public UserAccount createPerson(@Nullable String username, String displayName, String email, boolean demo) {
        String login = (username == null ? email : username).trim().toLowerCase(Locale.ROOT);
        // looked up across every region: a person elsewhere holds the address as much as one in the caller's scope
        boolean taken = tx.read(Scope.SYSTEM, () -> persons.findByLogin(email).isPresent() || persons.findByLogin(login).isPresent());
        if (taken) {
            throw new ProblemException(HttpStatus.CONFLICT, "EMAIL_TAKEN", "Er is al iemand met dit e-mailadres of deze gebruikersnaam.");
        }
        return persons.save(new UserAccount(null, login, displayName, email.trim(), true, null, null, demo));
    }

    /** Sets or replaces the person's password (Argon2id); a new password also ends a lock-out. */
    public void setPassword(long userId, String password) {
        credentials.setPassword(userId, hasher.hash(password));
    }

    public boolean hasPassword(long userId) {
        return credentials.find(userId).isPresent();
    }

    /**
     * A membership of the organisation in the role its kind allows, from {@code validFrom} to
     * {@code validTo} (open when null). {@code partnerRegionId} is the region a partner's member
     * works for, one of the organisation's regions; the other kinds take their scope from the
     * organisation and must not give one.
     */
    public Membership addMembership(long userId, Organisation organisation, @Nullable Integer partnerRegionId,
                                    boolean managesPeople, LocalDate validFrom, @Nullable LocalDate validTo) {
        Role role = organisation.kind().role();
        if (managesPeople && role != Role.REGION_PROGRAMME_MANAGER) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "ROLE_NOT_ALLOWED",
                    "Alleen een regio programmamanager kan ook de mensen van de regio beheren.");
        }
        Integer regionId = organisation.kind() == OrganisationKind.REGIO ? organisation.regionId() : partnerRegionId;
        if (organisation.kind().partner()
                ? partnerRegionId == null || !organisations.regionsOf(organisation.organisationId()).contains(partnerRegionId)
                : partnerRegionId != null) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "SCOPE_NOT_ALLOWED",
                    "Een partner werkt voor één van de regio's van de organisatie; andere organisaties bepalen hun bereik zelf.");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw ProblemException.badInput("validTo", "BEFORE_START", "De einddatum ligt voor de begindatum.");
        }
        boolean overlaps = memberships.ofPerson(userId).stream().anyMatch(m -> m.organisationId().equals(organisation.organisationId())
                && m.role() == role && overlap(m.validFrom(), m.validTo(), validFrom, validTo));
        if (overlaps) {
            throw new ProblemException(HttpStatus.CONFLICT, "MEMBERSHIP_OVERLAPS",
                    "Deze persoon heeft in die periode al dit lidmaatschap bij deze organisatie.");
        }
        return memberships.save(new Membership(null, userId, organisation.organisationId(), organisation.kind().name(), role,
                regionId, organisation.municipalityCode(), organisation.provinceCode(), managesPeople, validFrom, validTo, null, 0));
    }

    /** A woningcorporatie or zorgaanbieder by its KvK number, created with its regions when it does not exist yet. */
    public Organisation partner(OrganisationKind kind, String name, String kvkNumber, Iterable<Integer> regionIds) {
        Organisation organisation = organisations.byKvkNumber(kvkNumber)
                .orElseGet(() -> organisations.save(Organisation.partner(kind, name, kvkNumber)));
        for (int regionId : regionIds) {
            organisations.addRegion(organisation.organisationId(), regionId);
        }
        return organisation;
    }

    public Optional<UserAccount> person(String username) {
        return persons.findByUsername(username);
    }

    private static boolean overlap(LocalDate from1, @Nullable LocalDate to1, LocalDate from2, @Nullable LocalDate to2) {
        return (to2 == null || !from1.isAfter(to2)) && (to1 == null || !from2.isAfter(to1));
    }
}
