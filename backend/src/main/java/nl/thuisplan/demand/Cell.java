package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;

/** One figure of an analysis as stored, with the version its optimistic lock compares. */
record Cell(String targetGroup, String housingForm, Measure measure, @Nullable Integer value, @Nullable Integer low,
            @Nullable Integer high, @Nullable String source, @Nullable String note, int version) {

    String key() {
        return targetGroup + "/" + housingForm + "/" + measure;
    }
}
