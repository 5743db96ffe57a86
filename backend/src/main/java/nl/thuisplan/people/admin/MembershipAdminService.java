package nl.thuisplan.people.admin;

import jakarta.inject.Singleton;
import nl.thuisplan.auth.Caller;

@Singleton
class MembershipAdminService {
    MembershipView add(Caller caller, long userId, MembershipRequest request) { throw new UnsupportedOperationException(); }
    MembershipView change(Caller caller, long membershipId, MembershipChange change) { throw new UnsupportedOperationException(); }
}
