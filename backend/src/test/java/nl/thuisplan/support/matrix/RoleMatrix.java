package nl.thuisplan.support.matrix;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * THE expectation table of the role matrix ({@code nl.thuisplan.RoleMatrixTest}): one row per route of the router,
 * keyed "METHOD template" as the router spells it, filled by one {@link MatrixDeclarations} bean per feature package.
 * A row holds how to call the route on an object of a region and the status each role must get, in its own region
 * and in a foreign one, and without a token.
 */
public final class RoleMatrix {

    /**
     * The callers, in the order of each row's statuses. regio.mra is made a regio beheerder (managesPeople) in the set-up,
     * regio.ens stays a programme manager without it; zorg.mra is a zorgaanbieder medewerker the set-up makes (the demo
     * has none).
     */
    public static final List<String> ROLES = List.of("beheerder", "regio.mra", "regio.ens", "gemeente.amsterdam",
            "provincie.noord-holland", "corporatie.mra", "zorg.mra");

    /** The two regions of the matrix; each role's own region is MRA except regio.ens's. */
    public static final String MRA = "MRA";
    public static final String ENS = "ENS";

    /** A caller's own region. */
    public static String ownRegion(String role) {
        return role.equals("regio.ens") ? ENS : MRA;
    }

    public static String otherRegion(String region) {
        return region.equals(MRA) ? ENS : MRA;
    }

    /** The municipality the matrix uses in a region: Amsterdam (gemeente.amsterdam's) or Enschede. */
    public static String municipality(String region) {
        return region.equals(MRA) ? "GM0363" : "GM0153";
    }

    /** The demo officer of {@link #municipality}, who makes a municipality's objects. */
    public static String officer(String region) {
        return region.equals(MRA) ? "gemeente.amsterdam" : "gemeente.enschede";
    }

    /** The demo programme manager of a region, who makes the region's objects. */
    public static String manager(String region) {
        return region.equals(MRA) ? "regio.mra" : "regio.ens";
    }

    /**
     * How to call a route: method, path, JSON body or file, the read whose answer must be the same before and after a
     * refused write ({@code probe}, read as the platform beheerder), and whether the call needs a session of its own
     * (it ends or changes the caller's sessions).
     */
    public record Call(String method, String path, String body, byte[] file, String probe, boolean ownSession, Runnable after) {

        public static Call get(String path) {
            return new Call("GET", path, null, null, null, false, null);
        }

        public static Call of(String method, String path, String body) {
            return new Call(method, path, body, null, null, false, null);
        }

        public static Call upload(String path, String content) {
            return new Call("POST", path, null, content.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, false, null);
        }

        /** The read that shows the object this write acts on (or the list it would add to). */
        public Call probe(String readPath) {
            return new Call(method, path, body, file, readPath, ownSession, after);
        }

        public Call inOwnSession() {
            return new Call(method, path, body, file, probe, true, after);
        }

        /** Undoes what a successful call changed that the next cells rely on (e.g. the caller's password). */
        public Call then(Runnable undo) {
            return new Call(method, path, body, file, probe, ownSession, undo);
        }

        public boolean write() {
            return !method.equals("GET");
        }
    }

    /** What a cell's recipe gets: the region and objects made for this row and region, reused until a call changes one. */
    public static final class Scope {
        private final String region;
        private final String role;
        private final Map<String, Object> objects;

        Scope(String region, String role, Map<String, Object> objects) {
            this.region = region;
            this.role = role;
            this.objects = objects;
        }

        /** The caller, or null without a token. */
        public String role() {
            return role;
        }

        /** Whether the region is the caller's own (without a token: MRA counts as own). */
        public boolean own() {
            return role == null || RoleMatrix.ownRegion(role).equals(region);
        }

        public String region() {
            return region;
        }

        public String municipality() {
            return RoleMatrix.municipality(region);
        }

        public String officer() {
            return RoleMatrix.officer(region);
        }

        public String manager() {
            return RoleMatrix.manager(region);
        }

        /** An object made once per row and region and reused by the next cells, until a call is answered 2xx. */
        @SuppressWarnings("unchecked")
        public <T> T once(String name, Supplier<T> make) {
            // not computeIfAbsent: making one object may make others (a document needs a template) in the same map
            Object o = objects.get(name);
            if (o == null) {
                o = make.get();
                objects.put(name, o);
            }
            return (T) o;
        }
    }

    /**
     * A row: its recipe, the statuses per {@link #ROLES} (own, foreign), the status without a token, and whether the
     * answer may show another region's rows (reference data and aggregates every caller reads).
     */
    public static final class Row {
        final String route;
        final Function<Scope, Call> recipe;
        final int[] statuses;
        final int anonymous;
        boolean shared;
        /** Objects per region, dropped when a call of this row succeeds. */
        final Map<String, Map<String, Object>> objects = new HashMap<>();

        Row(String route, Function<Scope, Call> recipe, int[] statuses, int anonymous) {
            this.route = route;
            this.recipe = recipe;
            this.statuses = statuses;
            this.anonymous = anonymous;
        }

        /** Declares that the answer may name other regions' municipalities (reference data, the dashboard's aggregates). */
        public Row shared() {
            this.shared = true;
            return this;
        }

        public String route() {
            return route;
        }

        public int expected(int role, boolean own) {
            return statuses[2 * role + (own ? 0 : 1)];
        }

        public int anonymous() {
            return anonymous;
        }

        public boolean isShared() {
            return shared;
        }

        public Call call(String region, String role) {
            return recipe.apply(new Scope(region, role, objects.computeIfAbsent(region, r -> new HashMap<>())));
        }

        /** After a 2xx the objects of that region may have changed state: the next cell makes fresh ones. */
        public void changed(String region) {
            objects.remove(region);
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    /**
     * Declares a route. {@code statuses} lists, per role of {@link #ROLES}, the status in its own region and in the
     * foreign one (14 numbers), then optionally the status without a token (401 when left out); spaces and "|" separate.
     */
    public Row route(String key, String statuses, Function<Scope, Call> recipe) {
        int[] all = Arrays.stream(statuses.trim().split("[\\s|]+")).mapToInt(Integer::parseInt).toArray();
        if (all.length != ROLES.size() * 2 && all.length != ROLES.size() * 2 + 1) {
            throw new IllegalArgumentException(key + ": " + all.length + " statuses, expected " + ROLES.size() * 2 + " or one more");
        }
        if (rows.containsKey(key)) {
            throw new IllegalArgumentException(key + " is declared twice");
        }
        Row row = new Row(key, recipe, Arrays.copyOf(all, ROLES.size() * 2), all.length > ROLES.size() * 2 ? all[all.length - 1] : 401);
        rows.put(key, row);
        return row;
    }

    public Map<String, Row> rows() {
        return rows;
    }
}
