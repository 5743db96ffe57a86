package nl.thuisplan.common;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a caller may see: which regions (by id) and which municipalities (by CBS code), each
 * either everything or an explicit set. It is written into the database session for row-level
 * security and checked again by the services.
 */
public record Scope(boolean allRegions, Set<Integer> regionIds, boolean allMunicipalities, Set<String> municipalityCodes,
                    boolean drafts) {

    private static final String ALL = "*";

    /** For the platform's own work (login, seeding): everything. Never for a user's request. */
    public static final Scope SYSTEM = new Scope(true, Set.of(), true, Set.of());

    public Scope {
        regionIds = Set.copyOf(regionIds);
        municipalityCodes = Set.copyOf(municipalityCodes);
    }

    /** A scope that also sees work in progress (concept documents) of the municipalities in it. */
    public Scope(boolean allRegions, Set<Integer> regionIds, boolean allMunicipalities, Set<String> municipalityCodes) {
        this(allRegions, regionIds, allMunicipalities, municipalityCodes, true);
    }

    /**
     * The same scope without work in progress: a province analyst may follow a municipality's adopted
     * documents but never its drafts, although the municipality is in its scope.
     */
    public Scope withoutDrafts() {
        return new Scope(allRegions, regionIds, allMunicipalities, municipalityCodes, false);
    }

    /** The value of the {@code thuisplan.drafts} setting. */
    public String draftsSetting() {
        return drafts ? "on" : "off";
    }

    public static Scope of(Collection<Integer> regions, Collection<String> municipalities) {
        return new Scope(false, Set.copyOf(regions), false, Set.copyOf(municipalities));
    }

    public static Scope regionsWithAllTheirMunicipalities(Collection<Integer> regions) {
        return new Scope(false, Set.copyOf(regions), true, Set.of());
    }

    public boolean allowsRegion(int regionId) {
        return allRegions || regionIds.contains(regionId);
    }

    public boolean allowsMunicipality(String code) {
        return allMunicipalities || municipalityCodes.contains(code);
    }

    /** The value of the {@code thuisplan.regions} setting. */
    public String regionsSetting() {
        return allRegions ? ALL : new TreeSet<>(regionIds).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The value of the {@code thuisplan.municipalities} setting. */
    public String municipalitiesSetting() {
        return allMunicipalities ? ALL : String.join(",", new TreeSet<>(municipalityCodes));
    }

    /** Parses the two settings back, as they travel in the access token. */
    public static Scope parse(String regions, String municipalities, String drafts) {
        boolean allR = ALL.equals(regions);
        boolean allM = ALL.equals(municipalities);
        Set<Integer> r = allR || regions == null || regions.isBlank() ? Set.of()
                : List.of(regions.split(",")).stream().map(Integer::valueOf).collect(Collectors.toSet());
        Set<String> m = allM || municipalities == null || municipalities.isBlank() ? Set.of()
                : Set.of(municipalities.split(","));
        // fail closed: a token without the claim sees no drafts
        return new Scope(allR, r, allM, m, "on".equals(drafts));
    }
}
