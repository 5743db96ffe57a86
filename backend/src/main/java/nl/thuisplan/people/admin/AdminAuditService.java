package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.people.admin.AdminAuditViews.AdminAuditPage;

/** Reads the administration log in the caller's scope. */
@Singleton
public class AdminAuditService {

    /** The filters of the log; every one optional. */
    public record Filter(@Nullable Long personId, @Nullable String action, @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    public AdminAuditPage list(Caller caller, Filter filter, @Nullable Integer limit, @Nullable Integer offset) {
        throw new UnsupportedOperationException();
    }

    public Writable csv(Caller caller, Filter filter) {
        throw new UnsupportedOperationException();
    }
}
