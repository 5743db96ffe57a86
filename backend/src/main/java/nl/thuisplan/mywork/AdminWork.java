package nl.thuisplan.mywork;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.auth.link.LinkPurpose;
import nl.thuisplan.mywork.MyWorkViews.WorkItem;

/**
 * What a platform beheerder acts on: invitations not yet accepted, people without an active membership (who can no
 * longer log in), and regions with members still to confirm. Runs inside the beheerder's transaction (the whole scope).
 */
@Singleton
class AdminWork {

    private final MyWorkRepository rows;

    AdminWork(MyWorkRepository rows) {
        this.rows = rows;
    }

    List<WorkItem> items() {
        List<WorkItem> items = new ArrayList<>();
        for (MyWorkRepository.PersonRow p : rows.pendingInvitations(LinkPurpose.INVITATION.name())) {
            items.add(new WorkItem(WorkKind.INVITATION_PENDING, WorkKind.INVITATION_PENDING.group(),
                    "Uitnodiging van " + p.displayName() + " nog niet aangenomen",
                    "Uitgenodigd op " + Words.date(p.since()) + (p.email() == null ? "" : " (" + p.email() + ")"), null, null,
                    "/beheer/personen/" + p.userId(), p.since()));
        }
        for (MyWorkRepository.PersonRow p : rows.personsWithoutActiveMembership()) {
            items.add(new WorkItem(WorkKind.PERSON_WITHOUT_MEMBERSHIP, WorkKind.PERSON_WITHOUT_MEMBERSHIP.group(),
                    p.displayName() + " heeft geen lopend lidmaatschap",
                    "Kan niet inloggen; een lidmaatschap toevoegen of de persoon deactiveren", null, null,
                    "/beheer/personen/" + p.userId(), p.since()));
        }
        for (MyWorkRepository.UnconfirmedRow r : rows.regionsWithUnconfirmedMembers()) {
            items.add(new WorkItem(WorkKind.REGION_UNCONFIRMED_MEMBERS, WorkKind.REGION_UNCONFIRMED_MEMBERS.group(),
                    r.regionName() + ": " + Words.count(r.unconfirmed(), "gemeente", "gemeenten") + " te bevestigen",
                    "De bronnen verschillen over het lidmaatschap; de regio beslist", null, null, "/beheer/regios", null));
        }
        return items;
    }
}
