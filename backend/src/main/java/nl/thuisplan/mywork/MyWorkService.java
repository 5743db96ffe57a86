package nl.thuisplan.mywork;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Role;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.mywork.MyWorkViews.FeedEntry;
import nl.thuisplan.mywork.MyWorkViews.LateAnalysis;
import nl.thuisplan.mywork.MyWorkViews.MyWork;
import nl.thuisplan.mywork.MyWorkViews.RegionFeed;
import nl.thuisplan.mywork.MyWorkViews.WorkItem;

/**
 * "Mijn werk" for the caller's active membership: everything is read in one transaction with the caller's scope
 * (row-level security), and each role's part narrows again to the caller's own municipality or region. Only the
 * moment of the last visit is the platform's own record, read and written with the system scope by the membership id
 * of the caller's token.
 */
@Singleton
class MyWorkService {

    /** How far back news reaches for someone who never marked it as seen. */
    static final Duration FIRST_NEWS = Duration.ofDays(30);
    /** How far back the feed reaches, how many events per region and how many regions it shows. */
    static final Duration FEED_SPAN = Duration.ofDays(90);
    static final int FEED_PER_REGION = 5;
    static final int FEED_REGIONS = 6;

    private final TenantTransactions tx;
    private final MyWorkRepository rows;
    private final AuditLog audit;
    private final MunicipalityWork municipality;
    private final ManagerWork manager;
    private final NewsWork news;
    private final AdminWork admin;

    MyWorkService(TenantTransactions tx, MyWorkRepository rows, AuditLog audit, MunicipalityWork municipality,
                  ManagerWork manager, NewsWork news, AdminWork admin) {
        this.tx = tx;
        this.rows = rows;
        this.audit = audit;
        this.municipality = municipality;
        this.manager = manager;
        this.news = news;
        this.admin = admin;
    }

    MyWork mine(Caller caller) {
        LocalDate today = LocalDate.now(Words.ZONE);
        boolean tracksVisits = tracksVisits(caller);
        Instant lastVisit = tracksVisits ? lastVisit(caller) : null;
        Instant since = lastVisit != null ? lastVisit : Instant.now().minus(FIRST_NEWS);
        return tx.read(caller.scope(), () -> {
            List<WorkItem> items = new ArrayList<>();
            List<LateAnalysis> late = List.of();
            switch (caller.role()) {
                case MUNICIPALITY_OFFICER -> {
                    if (caller.municipality() != null) {
                        items.addAll(municipality.items(caller, today));
                    }
                }
                case REGION_PROGRAMME_MANAGER -> {
                    if (caller.region() != null) {
                        items.addAll(manager.items(caller));
                        late = manager.late(caller, today);
                    }
                }
                case PLATFORM_ADMIN -> items.addAll(admin.items());
                case PROVINCE_ANALYST, CORPORATIE_MEDEWERKER, ZORGAANBIEDER_MEDEWERKER -> items.addAll(news.items(caller, since));
            }
            // newest first; what has no moment yet (an analysis not started) leads, by its deadline
            items.sort(Comparator.comparing(WorkItem::at, Comparator.nullsFirst(Comparator.<Instant>reverseOrder()))
                    .thenComparing(WorkItem::dueDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())));
            return new MyWork(items, late, feed(), tracksVisits, lastVisit);
        });
    }

    /** Marks the news as seen now: the next visit shows only what is adopted after this moment. */
    void markSeen(Caller caller) {
        if (caller.membershipId() != null) {
            tx.write(Scope.SYSTEM, () -> {
                rows.markSeen(caller.membershipId(), Instant.now());
                return null;
            });
        }
    }

    /** The readers whose work is news: they act on nothing, so an item clears once they have seen it. */
    static boolean tracksVisits(Caller caller) {
        return caller.role() == Role.PROVINCE_ANALYST || caller.role().partner();
    }

    private Instant lastVisit(Caller caller) {
        if (caller.membershipId() == null) {
            return null;
        }
        return tx.read(Scope.SYSTEM, () -> rows.seenAt(caller.membershipId()).orElse(null));
    }

    /** The latest steps per region, in words, the regions with the newest step first. */
    private List<RegionFeed> feed() {
        Map<String, List<FeedEntry>> byRegion = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (AuditLog.Recent e : audit.latest(FeedWords.actions(), Instant.now().minus(FEED_SPAN), FEED_PER_REGION)) {
            String text = FeedWords.describe(e);
            if (text == null || (!byRegion.containsKey(e.regionCode()) && byRegion.size() >= FEED_REGIONS)) {
                continue;
            }
            names.put(e.regionCode(), e.regionName());
            byRegion.computeIfAbsent(e.regionCode(), k -> new ArrayList<>()).add(new FeedEntry(e.occurredAt(), e.actor(), text));
        }
        return byRegion.entrySet().stream().map(r -> new RegionFeed(r.getKey(), names.get(r.getKey()), r.getValue())).toList();
    }
}
