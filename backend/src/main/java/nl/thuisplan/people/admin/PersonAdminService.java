package nl.thuisplan.people.admin;

import jakarta.inject.Singleton;
import nl.thuisplan.auth.Caller;

@Singleton
class PersonAdminService {
    PersonPage list(Caller caller, PersonQuery query) { throw new UnsupportedOperationException(); }
    PersonDetail detail(Caller caller, long id) { throw new UnsupportedOperationException(); }
    PersonDetail edit(Caller caller, long id, PersonChange change) { throw new UnsupportedOperationException(); }
    PersonDetail deactivate(Caller caller, long id, long version) { throw new UnsupportedOperationException(); }
    PersonDetail activate(Caller caller, long id, long version) { throw new UnsupportedOperationException(); }
    PersonDetail unlock(Caller caller, long id) { throw new UnsupportedOperationException(); }
    PersonPasswordReset resetPassword(Caller caller, long id) { throw new UnsupportedOperationException(); }
}
