package nl.thuisplan.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.Role;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.dashboard.DashboardRepository.Member;

/**
 * Who sees what on the dashboards. The beheerder: everything. A provincie analist: every region's
 * totals, and per municipality only those of its own province. A programme manager: its own region
 * in full, the other regions' totals without their names. A gemeente medewerker: no dashboards.
 */
final class DashboardAccess {

    private DashboardAccess() {
    }

    static void require(Caller caller) {
        // partners read only what their region publishes to them, which the dashboards are not
        if (caller.is(Role.MUNICIPALITY_OFFICER) || caller.role().partner()) {
            throw ProblemException.forbidden("De dashboards zijn voor provincies, regio's en het programma.");
        }
    }

    /** May the caller see this region per municipality (at least some of them)? */
    static boolean detail(Caller caller, String regionCode, List<Member> members) {
        return switch (caller.role()) {
            case PLATFORM_ADMIN -> true;
            case REGION_PROGRAMME_MANAGER -> caller.managesRegion(regionCode);
            case PROVINCE_ANALYST -> caller.province() != null
                    && members.stream().anyMatch(m -> m.province().equals(caller.province().code()));
            default -> false;
        };
    }

    /** Within a region the caller may detail: this municipality on its own row? */
    static boolean detailMunicipality(Caller caller, List<Member> members, String municipality) {
        if (!caller.is(Role.PROVINCE_ANALYST)) {
            return true;
        }
        return members.stream().anyMatch(m -> m.code().equals(municipality) && caller.province() != null
                && m.province().equals(caller.province().code()));
    }

    /** A programme manager's own region: shown without suppression (its own figures). */
    static boolean ownRegion(Caller caller, String regionCode) {
        return caller.managesRegion(regionCode);
    }

    static String provinceName(Caller caller) {
        return caller.province() == null ? "de provincie" : caller.province().name();
    }

    /**
     * For a programme manager: the other regions as "Regio A", "Regio B", ...; empty for others. The
     * letters follow a hash of the region and the manager's own region, not the alphabet, so they do
     * not give the codes away by their order, and stay the same from one visit to the next.
     */
    static Map<String, String> anonymous(Caller caller, SortedSet<String> regionCodes) {
        Map<String, String> out = new HashMap<>();
        if (!caller.is(Role.REGION_PROGRAMME_MANAGER) || caller.region() == null) {
            return out;
        }
        String own = caller.region().code();
        List<String> others = new java.util.ArrayList<>(regionCodes.stream().filter(c -> !c.equals(own)).toList());
        others.sort(java.util.Comparator.comparing(c -> java.util.HexFormat.of().formatHex(sha256(own + "|" + c))));
        for (int i = 0; i < others.size(); i++) {
            out.put(others.get(i), "Regio " + label(i));
        }
        return out;
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String label(int i) {
        return i < 26 ? String.valueOf((char) ('A' + i)) : label(i / 26 - 1) + (char) ('A' + i % 26);
    }

}
