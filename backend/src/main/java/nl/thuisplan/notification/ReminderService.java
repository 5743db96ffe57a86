package nl.thuisplan.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.demand.DemandStatus;
import nl.thuisplan.notification.AudienceRepository.Due;

/**
 * "Herinnering sturen": the programme manager reminds the gemeenten whose analysis of a year is late. At most
 * once per municipality, year and day (the key in {@code notification_once}); each reminder is an audit event,
 * and that event is what notifies the gemeente (the same rule path as every other step).
 */
@Singleton
class ReminderService {

    private static final String[] DELIVERED = {DemandStatus.SUBMITTED.name(), DemandStatus.ADOPTED.name()};

    /** A municipality reminded, or passed over because it was reminded today already. */
    @Serdeable
    record Municipality(String code, String name) {
    }

    @Serdeable
    record Reminders(List<Municipality> reminded, List<Municipality> alreadyRemindedToday) {
    }

    private final AudienceRepository audience;
    private final NotificationRepository repository;
    private final AuditLog audit;
    private final TenantTransactions tx;

    ReminderService(AudienceRepository audience, NotificationRepository repository, AuditLog audit, TenantTransactions tx) {
        this.audience = audience;
        this.repository = repository;
        this.audit = audit;
        this.tx = tx;
    }

    /**
     * One municipality ({@code municipalityCode}) or, without it, every late one. One named municipality that is
     * not late, or was reminded today, is a 409; in the list those reminded today are named apart.
     */
    Reminders remind(Caller caller, String regionCode, int year, @Nullable String municipalityCode) {
        return tx.write(caller.scope(), () -> {
            int region = audience.regionId(regionCode).filter(id -> caller.scope().allowsRegion(id))
                    .orElseThrow(() -> ProblemException.notFound("Regio " + regionCode));
            if (!caller.managesRegion(regionCode)) {
                throw ProblemException.forbidden("Alleen de programmamanager van de regio stuurt herinneringen.");
            }
            List<Due> late = audience.late(region, year, DELIVERED).stream()
                    .filter(d -> municipalityCode == null || d.municipalityCode().equals(municipalityCode)).toList();
            if (municipalityCode != null && late.isEmpty()) {
                throw new ProblemException(HttpStatus.CONFLICT, "ANALYSIS_NOT_LATE",
                        "Deze gemeente is niet te laat: de deadline is niet verstreken of de vraaganalyse is ingediend.");
            }
            List<Municipality> reminded = new ArrayList<>();
            List<Municipality> already = new ArrayList<>();
            LocalDate today = LocalDate.now();
            for (Due d : late) {
                Municipality m = new Municipality(d.municipalityCode(), d.municipalityName());
                if (repository.once(region, "REMINDER/" + d.municipalityCode() + "/" + year + "/" + today, caller.username()) != 1) {
                    already.add(m);
                    continue;
                }
                audit.record(new AuditLog.Change(region, caller.username(), NotificationRules.REMINDER_SENT, "demand_analysis",
                        d.municipalityCode() + "/" + year, null, "deadline", null, d.deadline().toString(), "herinnering gestuurd"));
                reminded.add(m);
            }
            if (municipalityCode != null && reminded.isEmpty()) {
                throw new ProblemException(HttpStatus.CONFLICT, "REMINDER_ALREADY_SENT",
                        "Deze gemeente heeft vandaag al een herinnering gekregen. Morgen kan het weer.");
            }
            return new Reminders(reminded, already);
        });
    }
}
