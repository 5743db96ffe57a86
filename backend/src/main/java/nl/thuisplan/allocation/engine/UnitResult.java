package nl.thuisplan.allocation.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome for one unit, as a chain a reader can follow: {@code contributions} (one per
 * criterion, in request order) add up to {@code keyQuota}; the draagkracht correction turns that
 * into {@code correctedQuota}; redistribution around floors and caps gives {@code quota}, the exact
 * number that was rounded to {@code target}. All quotas are exact; the {@code ...Text} methods
 * render them with two decimals (HALF_EVEN).
 */
public record UnitResult(String id, Rational keyQuota, Rational correctedQuota, Rational quota, int target,
                         BoundKind bound, Map<String, Rational> contributions) {

    public UnitResult {
        contributions = Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
    }

    public String quotaText() {
        return quota.toDecimalString(2);
    }

    public String keyQuotaText() {
        return keyQuota.toDecimalString(2);
    }

    public String correctedQuotaText() {
        return correctedQuota.toDecimalString(2);
    }

    public Map<String, String> contributionTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        contributions.forEach((indicator, value) -> texts.put(indicator, value.toDecimalString(2)));
        return texts;
    }
}
