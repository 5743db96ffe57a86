package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.people.OrganisationKind;
import nl.thuisplan.people.admin.OrganisationAdminViews.NewOrganisation;
import nl.thuisplan.people.admin.OrganisationAdminViews.OrganisationChange;
import nl.thuisplan.people.admin.OrganisationAdminViews.OrganisationPage;
import nl.thuisplan.people.admin.OrganisationAdminViews.OrganisationView;

@Singleton
public class OrganisationAdminService {

    public OrganisationPage list(Caller caller, @Nullable OrganisationKind kind, @Nullable String regionCode, @Nullable String q,
                                 @Nullable Integer limit, @Nullable Integer offset) {
        throw new UnsupportedOperationException();
    }

    public OrganisationView get(Caller caller, long id) {
        throw new UnsupportedOperationException();
    }

    public OrganisationView create(Caller caller, NewOrganisation body) {
        throw new UnsupportedOperationException();
    }

    public OrganisationView change(Caller caller, long id, OrganisationChange body) {
        throw new UnsupportedOperationException();
    }
}
