package nl.thuisplan.notification;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.thuisplan.auth.Role;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.demand.DemandStatus;
import nl.thuisplan.notification.AudienceRepository.Due;

/**
 * Tells a gemeente 7 days and 1 day before its region's deadline that its analysis is not yet in. Each
 * (region, year, deadline, days before) is taken once in {@code notification_once}, so a second run the
 * same day, a second instance, or a restart never notifies twice; a moved deadline is a new key.
 */
@Singleton
class DeadlineWatch {

    static final List<Integer> DAYS_BEFORE = List.of(7, 1);
    private static final String[] DELIVERED = {DemandStatus.SUBMITTED.name(), DemandStatus.ADOPTED.name()};

    private final AudienceRepository audience;
    private final NotificationRepository repository;
    private final Notifications notifications;
    private final TenantTransactions tx;

    DeadlineWatch(AudienceRepository audience, NotificationRepository repository, Notifications notifications,
                  TenantTransactions tx) {
        this.audience = audience;
        this.repository = repository;
        this.notifications = notifications;
        this.tx = tx;
    }

    @Scheduled(cron = "0 30 6 * * *")
    void daily() {
        run(LocalDate.now());
    }

    /** The reminders due on {@code today}; the number of people notified. */
    int run(LocalDate today) {
        int told = 0;
        for (int days : DAYS_BEFORE) {
            LocalDate deadline = today.plusDays(days);
            Map<String, List<Due>> perRegionYear = tx.read(Scope.SYSTEM, () -> audience.dueOn(deadline, DELIVERED)).stream()
                    .collect(Collectors.groupingBy(d -> d.regionId() + "/" + d.year()));
            for (List<Due> due : perRegionYear.values()) {
                told += tx.write(Scope.SYSTEM, () -> remind(due, days));
            }
        }
        return told;
    }

    private int remind(List<Due> due, int days) {
        Due first = due.get(0);
        if (repository.once(first.regionId(), "DEADLINE/" + first.year() + "/" + first.deadline() + "/" + days, "systeem") != 1) {
            return 0;
        }
        String date = NotificationRules.DATE.format(first.deadline());
        int told = 0;
        for (Due d : due) {
            var officers = audience.officers(Role.MUNICIPALITY_OFFICER.name(), new String[] {d.municipalityCode()});
            told += notifications.write(Notice.to(d.regionId(), NotificationKind.DEADLINE_APPROACHING, "Nog " + days
                    + (days == 1 ? " dag" : " dagen") + " tot de deadline van de vraaganalyse " + d.year(), "De deadline is " + date
                    + "; de vraaganalyse van " + d.municipalityName() + " is nog niet ingediend.", officers,
                    NotificationRules.analysisLink(d.municipalityCode(), d.year())), "systeem");
        }
        return told;
    }
}
