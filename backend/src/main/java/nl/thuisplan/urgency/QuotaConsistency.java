package nl.thuisplan.urgency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Can all share quotas of a scheme hold at once? Pure, exact (BigDecimal), no framework.
 *
 * <p>Every letting goes to exactly one urgent category or to a regular house seeker, so the shares
 * of all parts (the categories and {@link #REGULAR}) add up to 1. A quota bounds the summed share
 * of a set of parts from above (max) or below (min). The sets must be nested or disjoint (a
 * laminar family), as they are in practice (single categories, bundles, all urgent together,
 * regular). For such a family the bounds are feasible exactly when, in the tree of sets under the
 * whole (share 1):
 * <ul>
 *   <li>the least a set must take, L(S) = max(own minimum, Σ L(children)), is at most its maximum;</li>
 *   <li>the most a set can take, U(S) = min(own maximum, Σ U(children) if the children cover S), is
 *       at least its minimum;</li>
 *   <li>and for the whole, L ≤ 1 ≤ U.</li>
 * </ul>
 * (Shares inside a set can always be moved between its children within their own [L, U], which is
 * why these local conditions suffice.) A clash names the quotas that cause it.
 */
final class QuotaConsistency {

    static final String REGULAR = "REGULAR";

    /** One share quota: its position in the scheme, the parts it covers, and a min or max share. */
    record ShareQuota(int index, String label, Set<String> parts, boolean max, BigDecimal share) {
    }

    record Clash(List<Integer> quotas, String code, String message) {
    }

    private static final class Node {
        final Set<String> parts;
        final List<ShareQuota> quotas = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        BigDecimal min = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ONE;
        ShareQuota minQuota;
        ShareQuota maxQuota;
        BigDecimal low;
        Set<ShareQuota> lowCause = new LinkedHashSet<>();
        BigDecimal high;
        Set<ShareQuota> highCause = new LinkedHashSet<>();

        Node(Set<String> parts) {
            this.parts = parts;
        }
    }

    private QuotaConsistency() {
    }

    /** @param universe every part: the scheme's category codes plus {@link #REGULAR} */
    static List<Clash> check(Set<String> universe, List<ShareQuota> quotas) {
        List<Clash> clashes = new ArrayList<>();
        Map<Set<String>, Node> nodes = new LinkedHashMap<>();
        for (ShareQuota q : quotas) {
            Node n = nodes.computeIfAbsent(Set.copyOf(q.parts()), Node::new);
            n.quotas.add(q);
            if (q.max() && (n.maxQuota == null || q.share().compareTo(n.max) < 0)) {
                n.max = q.share();
                n.maxQuota = q;
            }
            if (!q.max() && (n.minQuota == null || q.share().compareTo(n.min) > 0)) {
                n.min = q.share();
                n.minQuota = q;
            }
        }
        List<Node> list = new ArrayList<>(nodes.values());
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                Set<String> a = list.get(i).parts;
                Set<String> b = list.get(j).parts;
                if (overlap(a, b) && !a.containsAll(b) && !b.containsAll(a)) {
                    clashes.add(new Clash(List.of(list.get(i).quotas.get(0).index(), list.get(j).quotas.get(0).index()),
                            "QUOTA_SETS_OVERLAP", "'" + list.get(i).quotas.get(0).label() + "' en '" + list.get(j).quotas.get(0).label()
                            + "' gelden voor groepen die elkaar deels overlappen; quota moeten binnen elkaar vallen of los van elkaar staan."));
                }
            }
        }
        if (!clashes.isEmpty()) {
            return clashes;
        }
        Node root = nodes.getOrDefault(Set.copyOf(universe), new Node(Set.copyOf(universe)));
        root.min = root.min.max(BigDecimal.ONE);
        root.max = root.max.min(BigDecimal.ONE);
        // parent = the smallest strictly larger set; smallest sets first so children are done before parents
        list.remove(root);
        list.sort(Comparator.comparingInt(n -> n.parts.size()));
        for (int i = 0; i < list.size(); i++) {
            Node parent = root;
            for (int j = i + 1; j < list.size(); j++) {
                Node candidate = list.get(j);
                if (candidate.parts.size() > list.get(i).parts.size() && candidate.parts.containsAll(list.get(i).parts)) {
                    parent = candidate;
                    break;
                }
            }
            parent.children.add(list.get(i));
        }
        for (Node n : list) {
            bounds(n, clashes);
        }
        bounds(root, clashes);
        return clashes;
    }

    private static void bounds(Node n, List<Clash> clashes) {
        BigDecimal childLow = BigDecimal.ZERO;
        Set<ShareQuota> childLowCause = new LinkedHashSet<>();
        BigDecimal childHigh = BigDecimal.ZERO;
        Set<ShareQuota> childHighCause = new LinkedHashSet<>();
        Set<String> covered = new HashSet<>();
        for (Node c : n.children) {
            childLow = childLow.add(c.low);
            childLowCause.addAll(c.lowCause);
            childHigh = childHigh.add(c.high);
            childHighCause.addAll(c.highCause);
            covered.addAll(c.parts);
        }
        if (childLow.compareTo(n.min) > 0) {
            n.low = childLow;
            n.lowCause = childLowCause;
        } else {
            n.low = n.min;
            if (n.minQuota != null) {
                n.lowCause.add(n.minQuota);
            }
        }
        boolean coveredAll = covered.containsAll(n.parts);
        if (coveredAll && childHigh.compareTo(n.max) < 0) {
            n.high = childHigh;
            n.highCause = childHighCause;
        } else {
            n.high = n.max;
            if (n.maxQuota != null) {
                n.highCause.add(n.maxQuota);
            }
        }
        if (n.low.compareTo(n.high) > 0) {
            Set<ShareQuota> cause = new LinkedHashSet<>(n.lowCause);
            cause.addAll(n.highCause);
            clashes.add(new Clash(cause.stream().map(ShareQuota::index).sorted().toList(), "QUOTAS_INCONSISTENT",
                    describe(n, cause)));
            // report once: treat the set as satisfied so its parents are checked on their own terms
            n.high = n.low;
        }
    }

    private static String describe(Node n, Set<ShareQuota> cause) {
        List<String> parts = cause.stream().map(q -> (q.max() ? "hoogstens " : "minstens ") + percent(q.share())
                + " voor '" + q.label() + "'").toList();
        String together = String.join(" en ", parts);
        return cause.size() == 1
                ? together + " past niet binnen 100% van de verhuringen."
                : together + " kunnen niet tegelijk gelden: " + (n.low.compareTo(BigDecimal.ONE) > 0 || n.high.compareTo(BigDecimal.ONE) < 0
                        ? "samen komen ze niet uit op 100% van de verhuringen." : "de ondergrenzen zijn samen hoger dan de bovengrens.");
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + "%";
    }

    private static boolean overlap(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
