package nl.thuisplan.mywork;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What "Mijn werk" answers. */
public final class MyWorkViews {

    private MyWorkViews() {
    }

    /**
     * The caller's work: items newest first, for a programme manager the late analyses of its region, the feed per
     * region, and for those who get news since their last visit ({@code tracksVisits}) when that was.
     */
    @Serdeable
    public record MyWork(List<WorkItem> items, List<LateAnalysis> lateAnalyses, List<RegionFeed> feed,
                         boolean tracksVisits, @Nullable Instant lastVisitAt) {
    }

    /**
     * One thing waiting for the caller: a Dutch title and detail, the day it is due (with the days left, negative when
     * late), the frontend path where it is done, and when it came up ({@code at}, null for what has no moment yet, such
     * as an analysis not started).
     */
    @Serdeable
    public record WorkItem(WorkKind kind, WorkKind.WorkGroup group, String title, String detail, @Nullable LocalDate dueDate,
                           @Nullable Integer daysLeft, String path, @Nullable Instant at) {
    }

    /** An analysis past its deadline and not submitted: the row of the programme manager's sortable list. */
    @Serdeable
    public record LateAnalysis(String municipalityCode, String municipalityName, String regionCode, int year,
                               LocalDate deadline, int daysLate, String state, String path) {
    }

    /** What changed lately in one region, newest first. */
    @Serdeable
    public record RegionFeed(String regionCode, String regionName, List<FeedEntry> entries) {
    }

    /** One change, in words: "Vraaganalyse Diemen 2031 ingediend". */
    @Serdeable
    public record FeedEntry(Instant at, String actor, String text) {
    }
}
