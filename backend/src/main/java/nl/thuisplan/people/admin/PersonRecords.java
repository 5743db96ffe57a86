package nl.thuisplan.people.admin;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.people.admin.PeoplePolicy.Held;
import nl.thuisplan.people.admin.PeoplePolicy.Target;
import nl.thuisplan.people.admin.PersonAdminRepository.MembershipRow;
import nl.thuisplan.people.admin.PersonAdminRepository.OpenInvitation;
import nl.thuisplan.people.admin.PersonAdminRepository.PersonRow;

/**
 * Reads a person as the policy and the views need it. Call inside a system-scope transaction (the
 * credential and link tables are visible to that scope only).
 */
@Singleton
class PersonRecords {

    private final PersonAdminRepository repository;

    PersonRecords(PersonAdminRepository repository) {
        this.repository = repository;
    }

    /** A person with its memberships and open invitation. */
    record Loaded(PersonRow row, List<MembershipRow> memberships, Optional<OpenInvitation> invitation, Target target) {
    }

    Loaded load(long userId) {
        PersonRow row = repository.person(userId).orElseThrow(() -> ProblemException.notFound("Persoon"));
        List<MembershipRow> memberships = repository.membershipsOf(new Long[] {userId});
        Map<Long, Set<Integer>> regions = new HashMap<>();
        repository.regionsOf(userId).forEach(r -> {
            Set<Integer> set = regions.computeIfAbsent(r.membershipId(), k -> new HashSet<>());
            if (r.regionId() != null) {
                set.add(r.regionId());
            }
        });
        Optional<OpenInvitation> invitation = repository.openInvitation(userId);
        List<Held> held = memberships.stream().map(m -> new Held(m.membershipId(), m.role(),
                Set.copyOf(regions.getOrDefault(m.membershipId(), Set.of())), m.managesPeople(), m.validFrom(), m.validTo()))
                .toList();
        Target target = new Target(userId, row.username(), row.active(), row.hasPassword(), row.locked(), invitation.isPresent(),
                held);
        return new Loaded(row, memberships, invitation, target);
    }

    PersonDetail detail(Loaded p, List<PersonAction> allowed) {
        PersonRow r = p.row();
        return new PersonDetail(r.userId(), r.displayName(), r.email(), status(r),
                r.lastLoginAt() == null ? null : r.lastLoginAt().atOffset(ZoneOffset.UTC), r.locked(),
                p.memberships().stream().map(PersonRecords::view).toList(), r.version(),
                p.invitation().map(i -> new PersonDetail.Invitation(i.expiresAt().atOffset(ZoneOffset.UTC), i.createdBy()))
                        .orElse(null),
                allowed);
    }

    List<PersonSummary> summaries(List<PersonRow> rows) {
        Map<Long, List<MembershipRow>> byPerson = rows.isEmpty() ? Map.of()
                : repository.membershipsOf(rows.stream().map(PersonRow::userId).toArray(Long[]::new)).stream()
                        .collect(Collectors.groupingBy(MembershipRow::userId));
        return rows.stream().map(r -> new PersonSummary(r.userId(), r.displayName(), r.email(), status(r),
                r.lastLoginAt() == null ? null : r.lastLoginAt().atOffset(ZoneOffset.UTC), r.locked(),
                byPerson.getOrDefault(r.userId(), List.of()).stream().map(PersonRecords::view).toList())).toList();
    }

    static PersonStatus status(PersonRow r) {
        if (!r.active()) {
            return PersonStatus.DEACTIVATED;
        }
        if (r.awaitingApproval()) {
            return PersonStatus.AWAITING_APPROVAL; // made at a first SSO login, no membership granted yet
        }
        // a person who logs in through the organisation's provider needs no password to be active
        return r.hasPassword() || r.hasSso() ? PersonStatus.ACTIVE : PersonStatus.INVITED;
    }

    static MembershipView view(MembershipRow m) {
        LocalDate today = LocalDate.now();
        return new MembershipView(m.membershipId(), new MembershipView.Organisation(m.organisationId(), m.organisationName(),
                m.organisationKind()), m.role(), named(m.regionCode(), m.regionName()),
                named(m.municipalityCode(), m.municipalityName()), named(m.provinceCode(), m.provinceName()),
                m.managesPeople(), m.validFrom(), m.validTo(),
                !m.validFrom().isAfter(today) && (m.validTo() == null || !m.validTo().isBefore(today)), m.version());
    }

    private static MembershipView.Named named(String code, String name) {
        return code == null ? null : new MembershipView.Named(code, name == null ? code : name);
    }
}
